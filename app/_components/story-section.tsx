import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/content/articles";
import type { HiddenStories } from "@/lib/personal/mutes";
import { ArticleCard } from "./article-card";
import { MuteAware } from "./mute-aware";
import { BrowserMuteItem } from "./muted-in-browser";
import { MutedNotice } from "./muted-notice";

/** A titled block of stories (Top stories, Our Picks, a topic rail). Renders nothing when empty. */
export function StorySection({
  id,
  title,
  articles,
  moreHref,
  moreLabel,
  layout = "grid",
  showTopic = true,
  hidden,
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
  /** Stories the reader's mutes took out (lib/personal): shown as a notice, never dropped without trace. */
  hidden?: HiddenStories<Card> | null;
}) {
  if (articles.length === 0 && !hidden) return null;
  const headingId = `${id}-heading`;
  return (
    <MuteAware cards={articles}>
      <section aria-labelledby={headingId} className="section-rule">
        <div className="section-head">
          <h2 id={headingId} className="section-title">
            {title}
          </h2>
          {moreHref && (
            <Link href={moreHref} prefetch={false} className="link-brand text-sm">
              {moreLabel ?? `More ${title}`}
              <span aria-hidden="true"> →</span>
            </Link>
          )}
        </div>
        {articles.length === 0 ? null : layout !== "list" ? (
          <ul className="card-grid">
            {articles.map((article) => (
              <BrowserMuteItem key={article.id} id={article.id}>
                <ArticleCard
                  article={article}
                  variant={layout === "tiles" ? "tile" : "standard"}
                  showTopic={showTopic}
                />
              </BrowserMuteItem>
            ))}
          </ul>
        ) : (
          <ol className="rule-list">
            {articles.map((article) => (
              <BrowserMuteItem key={article.id} id={article.id}>
                <ArticleCard article={article} variant="compact" showTopic={showTopic} />
              </BrowserMuteItem>
            ))}
          </ol>
        )}
        <MutedNotice hidden={hidden} />
      </section>
    </MuteAware>
  );
}
