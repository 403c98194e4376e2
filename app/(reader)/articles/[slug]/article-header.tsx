import Link from "next/link";
import { PublisherLogo } from "@/app/_components/publisher-logo";
import { PublishedTime } from "@/app/_components/published-time";
import { SaveButton } from "@/app/_components/save-button";
import type { ArticleDetail } from "@/lib/content/articles";
import { formatReadingTime } from "@/lib/content/format";

/** "A", "A and B", "A, B and C" — with each name a node (a link to the writer's page). */
function joinNodes(names: React.ReactNode[]): React.ReactNode[] {
  return names.flatMap((name, i) => (i === 0 ? [name] : [i === names.length - 1 ? " and " : ", ", name]));
}

export function ArticleHeader({ article }: { article: ArticleDetail }) {
  return (
    <header className="flex flex-col gap-4">
      {/* No separator character between title and topic: on a phone the line wraps, and a "|" left at a line end reads as debris. */}
      <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm font-semibold">
        <Link
          href={`/publishers/${article.publisherSlug}`}
          prefetch={false}
          className="flex items-center gap-2 hover:underline"
        >
          <PublisherLogo name={article.publisherName} src={article.publisherLogoUrl} size={28} />
          {article.publisherName}
        </Link>
        <Link
          href={`/topics/${article.topicSlug}`}
          prefetch={false}
          className="rounded-full bg-brand-50 px-2.5 py-0.5 text-brand-700 hover:underline dark:bg-neutral-800 dark:text-brand-500"
        >
          {article.topicName}
        </Link>
      </p>
      <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl lg:text-5xl">
        {article.headline}
      </h1>
      {article.standfirst && (
        <p className="text-lg leading-relaxed text-neutral-700 sm:text-xl dark:text-neutral-300">
          {article.standfirst}
        </p>
      )}
      <div className="flex flex-wrap gap-x-3 gap-y-1 border-y border-neutral-200 py-3 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
        {article.authors.length > 0 && (
          <p>
            By{" "}
            <span className="font-semibold text-neutral-900 dark:text-neutral-100">
              {joinNodes(
                article.authors.map((a) => (
                  <Link key={a.slug} href={`/authors/${a.slug}`} prefetch={false} className="hover:underline">
                    {a.name}
                  </Link>
                )),
              )}
            </span>
          </p>
        )}
        <p>
          <PublishedTime date={article.publishedAt} long />
        </p>
        <p>{formatReadingTime(article.readingMinutes)}</p>
        <div className="ml-auto">
          <SaveButton articleId={article.id} headline={article.headline} large />
        </div>
      </div>
    </header>
  );
}
