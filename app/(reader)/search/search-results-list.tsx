import { ArticleCard } from "@/app/_components/article-card";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { BrowserMuteItem } from "@/app/_components/muted-in-browser";
import type { ArticleCard as Card } from "@/lib/content/articles";

type Hit = Card & { headlineMarked: string; standfirstMarked: string };

/**
 * A page of search results, one row card each with the search's words marked in its headline and standfirst; each
 * item hides itself when the reader's browser judges it muted (inside a BrowserMuteScope; elsewhere it stays).
 */
export function SearchResultsList({ hits }: { hits: readonly Hit[] }) {
  return (
    <ol className="flex flex-col divide-y divide-neutral-200 dark:divide-neutral-800 [&>li]:py-5 [&>li:first-child]:pt-0">
      {hits.map((hit) => (
        <BrowserMuteItem key={hit.id} id={hit.id}>
          <ArticleCard
            article={hit}
            variant="row"
            headline={<HighlightedText marked={hit.headlineMarked} />}
            standfirst={<HighlightedText marked={hit.standfirstMarked} />}
          />
        </BrowserMuteItem>
      ))}
    </ol>
  );
}
