import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/content/articles";
import { ArticleCard } from "./article-card";

/** A titled block of stories (Top stories, Our Picks, a topic rail). Renders nothing when empty. */
export function StorySection({
  id,
  title,
  articles,
  moreHref,
  moreLabel,
  layout = "grid",
  showTopic = true,
}: {
  id: string;
  title: string;
  articles: Card[];
  moreHref?: string;
  moreLabel?: string;
  /** grid: cards with standfirsts; tiles: the same grid without them (dense pages); list: headlines only. */
  layout?: "grid" | "tiles" | "list";
  /** Off where every story shares the section's topic (a topic rail). */
  showTopic?: boolean;
}) {
  if (articles.length === 0) return null;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-neutral-900 pt-3 dark:border-neutral-100">
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h2 id={headingId} className="font-serif text-xl font-bold sm:text-2xl">
          {title}
        </h2>
        {moreHref && (
          <Link href={moreHref} prefetch={false} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-500">
            {moreLabel ?? `More ${title}`}
            <span aria-hidden="true"> →</span>
          </Link>
        )}
      </div>
      {layout !== "list" ? (
        <ul className="grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} variant={layout === "tiles" ? "tile" : "standard"} showTopic={showTopic} />
            </li>
          ))}
        </ul>
      ) : (
        <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {articles.map((article) => (
            <li key={article.id} className="py-3 first:pt-0">
              <ArticleCard article={article} variant="compact" showTopic={showTopic} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
