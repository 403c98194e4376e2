import Link from "next/link";
import { formatReadingTime } from "@/lib/content/format";
import type { ContinueStory } from "@/lib/personal/reader-parts-shape";

/** The Continue reading row; nothing when there is nothing left part-way. */
export function ContinueReadingList({ stories }: { stories: ContinueStory[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="continue-heading">
      <h2 id="continue-heading" className="section-rule section-title mb-4">
        Continue reading
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stories.map((story) => (
          <li key={story.id} className="flex flex-col gap-1">
            <p className="card-kicker">{story.publisherName}</p>
            <Link
              href={`/articles/${story.slug}#continue-${story.position.toFixed(3)}`}
              prefetch={false}
              className="font-serif font-bold hover:underline"
            >
              {story.headline}
            </Link>
            <p className="card-meta">
              {Math.round(story.position * 100)}% read · {formatReadingTime(story.readingMinutes)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
