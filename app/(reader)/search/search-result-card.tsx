import { ArticleCard } from "@/app/_components/article-card";
import { HighlightedText } from "@/app/_components/highlighted-text";
import type { ArticleCard as Card } from "@/lib/content/articles";

/** One search result: a row card with the search's words marked in its headline and standfirst. */
export function SearchResultCard({
  hit,
}: {
  hit: Card & { headlineMarked: string; standfirstMarked: string };
}) {
  return (
    <ArticleCard
      article={hit}
      variant="row"
      headline={<HighlightedText marked={hit.headlineMarked} />}
      standfirst={<HighlightedText marked={hit.standfirstMarked} />}
    />
  );
}
