import { ArticleCard } from "@/app/_components/article-card";
import { explainReason, type ForYouItem } from "@/lib/personal/for-you";

/** For You stories, each with the one reason it is there ("Because you follow Science"). */
export function ForYouList({
  items,
  variant = "standard",
}: {
  items: ForYouItem[];
  variant?: "standard" | "tile";
}) {
  return (
    <ul className="card-grid">
      {items.map(({ article, reason }) => (
        <li key={article.id} className="flex flex-col gap-2">
          <p className="for-you-reason text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-500">
            {explainReason(reason)}
          </p>
          <ArticleCard article={article} variant={variant} />
        </li>
      ))}
    </ul>
  );
}
