import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/content/articles";
import { formatReadingTime } from "@/lib/content/format";
import { ArticleImage } from "./article-image";
import { PublisherLogo } from "./publisher-logo";
import { PublishedTime } from "./published-time";

/** lead: big, with image; standard: image + standfirst; tile: image, no standfirst; row: image beside text; compact: text only. */
type Variant = "lead" | "standard" | "tile" | "row" | "compact";

/**
 * One story in a list. The headline is the link; the card never carries any body text.
 * Links do not prefetch: a page shows dozens of cards, and each prefetch is a server render.
 */
export function ArticleCard({
  article,
  variant = "standard",
  headingLevel = 3,
  headline,
  standfirst,
  showTopic = true,
}: {
  article: Card;
  variant?: Variant;
  headingLevel?: 2 | 3;
  /** Replacements for search highlighting. */
  headline?: React.ReactNode;
  standfirst?: React.ReactNode;
  /** Off in lists where every story has the same topic (a topic rail or page). */
  showTopic?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const lead = variant === "lead";
  const row = variant === "row";
  const layout = lead ? "grid gap-4 md:grid-cols-5" : row ? "grid gap-4 sm:grid-cols-[14rem_1fr]" : "flex flex-col gap-2";
  return (
    <article className={layout}>
      {variant !== "compact" && (
        <ArticleImage
          src={article.heroImageUrl}
          alt={article.heroImageAlt}
          width={article.heroImageWidth}
          height={article.heroImageHeight}
          sizes={
            lead ? "(min-width: 768px) 60vw, 100vw" : row ? "(min-width: 640px) 14rem, 100vw" : "(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
          }
          priority={lead}
          className={lead ? "md:col-span-3" : ""}
        />
      )}
      <div className={lead ? "flex flex-col gap-2 md:col-span-2" : "flex flex-col gap-1.5"}>
        <p className="flex items-center gap-2 text-xs font-semibold tracking-wide text-neutral-700 uppercase dark:text-neutral-300">
          <PublisherLogo name={article.publisherName} src={article.publisherLogoUrl} size={18} />
          <span>{article.publisherName}</span>
        </p>
        <Heading
          className={`font-serif leading-snug font-bold ${lead ? "text-2xl sm:text-3xl" : variant === "compact" ? "text-base" : "text-lg"}`}
        >
          <Link href={`/articles/${article.slug}`} prefetch={false} className="hover:underline">
            {headline ?? article.headline}
          </Link>
        </Heading>
        {variant !== "compact" && variant !== "tile" && article.standfirst && (
          <p className={`text-neutral-700 dark:text-neutral-300 ${lead ? "text-base" : "line-clamp-3 text-sm"}`}>
            {standfirst ?? article.standfirst}
          </p>
        )}
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          {showTopic && (
            <>
              <Link href={`/topics/${article.topicSlug}`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-500">
                {article.topicName}
              </Link>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <PublishedTime date={article.publishedAt} />
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes)}
        </p>
      </div>
    </article>
  );
}
