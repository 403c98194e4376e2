import type { ArticleCard as Card } from "@/lib/content/articles";
import { describeHidden, type HiddenStories } from "@/lib/personal/mutes";
import { ArticleCard } from "./article-card";
import { BrowserMutedNotice } from "./muted-in-browser";
import { MUTED_NOTICE_CLASS, MutedNoticeSummary } from "./muted-notice-summary";

/**
 * The quiet line a list shows when the reader's mutes took stories out of it: "1 story hidden because you muted
 * X · show". A <details> (no script): "show" opens the hidden stories in place; the mute itself is managed on
 * /following. On the members' shared copy the server knows no reader: the browser's notice stands in.
 */
export function MutedNotice({ hidden }: { hidden: HiddenStories<Card> | null | undefined }) {
  if (!hidden) return <BrowserMutedNotice />;
  return (
    <details className={MUTED_NOTICE_CLASS}>
      <MutedNoticeSummary words={describeHidden(hidden)} />
      <ol className="rule-list mt-2 opacity-80">
        {hidden.items.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="compact" />
          </li>
        ))}
      </ol>
    </details>
  );
}
