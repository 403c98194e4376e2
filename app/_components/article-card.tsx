import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/content/articles";
import { formatReadingTime } from "@/lib/content/format";
import { ArticleImage } from "./article-image";
import { PublisherLogo } from "./publisher-logo";
import { PublishedTime } from "./published-time";
import { SaveButton } from "./save-button";

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
  const compact = variant === "compact";
  // Short component classes (globals.css): a page repeats these on every card, in HTML and RSC payload.
  return (
    <article className={lead ? "card-lead" : row ? "card-row" : "card"}>
      {!compact && (
        <ArticleImage
          src={article.heroImageUrl}
          alt={article.heroImageAlt}
          width={article.heroImageWidth}
          height={article.heroImageHeight}
          sizes={
            lead
              ? "(min-width: 768px) 60vw, 100vw"
              : row
                ? "(min-width: 640px) 14rem, 100vw"
                : "(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
          }
          priority={lead}
          className={lead ? "md:col-span-3" : undefined}
        />
      )}
      <div className={lead ? "card-lead-text" : "card-text"}>
        <p className="card-kicker">
          <PublisherLogo name={article.publisherName} src={article.publisherLogoUrl} size={18} />
          {article.publisherName}
        </p>
        <Heading className={lead ? "card-lead-title" : compact ? "card-compact-title" : "card-title"}>
          <Link href={`/articles/${article.slug}`} prefetch={false}>
            {headline ?? article.headline}
          </Link>
        </Heading>
        {!compact && variant !== "tile" && article.standfirst && (
          <p className={lead ? "card-lead-standfirst" : "card-standfirst"}>
            {standfirst ?? article.standfirst}
          </p>
        )}
        {/* A div, not a p: the save button is a <form>, which would close a <p> early and break hydration. */}
        <div className="card-meta">
          {showTopic && (
            <>
              <Link href={`/topics/${article.topicSlug}`} prefetch={false} className="link-brand">
                {article.topicName}
              </Link>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <PublishedTime date={article.publishedAt} />
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes)}
          <SaveButton articleId={article.id} headline={article.headline} />
        </div>
      </div>
    </article>
  );
}
