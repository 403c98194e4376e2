import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/content/articles";
import { ForYouCards } from "./for-you-cards";

/** The For You rail's markup, with each story's reason in words (from the server or the reader's parts). */
export function ForYouRailView({
  items,
  offerTopics,
}: {
  items: { article: Card; because: string }[];
  offerTopics: boolean;
}) {
  return (
    <section aria-labelledby="for-you-heading" className="section-rule">
      <div className="section-head">
        <h2 id="for-you-heading" className="section-title">
          For You
        </h2>
        <Link href="/for-you" prefetch={false} className="link-brand text-sm">
          {offerTopics ? "Choose your topics" : "More for you"}
          <span aria-hidden="true"> →</span>
        </Link>
      </div>
      {offerTopics && (
        <p className="mb-4 text-sm text-neutral-700 dark:text-neutral-300">
          Follow a few topics, titles or writers and this becomes your own front page.{" "}
          <Link href="/for-you" prefetch={false} className="link-brand font-medium">
            Pick your topics
          </Link>
        </p>
      )}
      <ForYouCards items={items} variant="tile" />
    </section>
  );
}
