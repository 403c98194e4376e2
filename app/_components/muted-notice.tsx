import type { ArticleCard as Card } from "@/lib/content/articles";
import { describeHidden, type HiddenStories } from "@/lib/personal/mutes";
import { ArticleCard } from "./article-card";

/**
 * The quiet line a list shows when the reader's mutes took stories out of it: "1 story hidden because you muted
 * X · show". A <details> (no script): "show" opens the hidden stories in place; the mute itself is managed on
 * /following.
 */
export function MutedNotice({ hidden }: { hidden: HiddenStories<Card> | null | undefined }) {
  if (!hidden) return null;
  return (
    <details className="muted-notice group mt-3 text-sm text-neutral-600 dark:text-neutral-400">
      <summary className="cursor-pointer list-none hover:underline">
        {describeHidden(hidden)}
        <span aria-hidden="true"> · </span>
        <span className="font-medium text-brand-700 group-open:hidden dark:text-brand-500">show</span>
        <span className="hidden font-medium text-brand-700 group-open:inline dark:text-brand-500">hide</span>
      </summary>
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
