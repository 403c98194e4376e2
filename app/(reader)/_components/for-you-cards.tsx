import { ArticleCard } from "@/app/_components/article-card";
import type { ArticleCard as Card } from "@/lib/content/articles";

/** For You stories, each with the one reason it is there ("Because you follow Science"), already in words. */
export function ForYouCards({
  items,
  variant = "standard",
}: {
  items: { article: Card; because: string }[];
  variant?: "standard" | "tile";
}) {
  return (
    <ul className="card-grid">
      {items.map(({ article, because }) => (
        <li key={article.id} className="flex flex-col gap-2">
          <p className="for-you-reason text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-500">
            {because}
          </p>
          <ArticleCard article={article} variant={variant} />
        </li>
      ))}
    </ul>
  );
}
