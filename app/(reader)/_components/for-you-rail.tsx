import Link from "next/link";
import { getForYou, type ForYou } from "@/lib/personal/for-you";
import { ForYouList } from "./for-you-list";

const RAIL_LENGTH = 4;

/** The rail's stories; the home page starts this beside its mutes, so the two reads overlap. */
export function loadForYouRail(userId: string): Promise<ForYou> {
  return getForYou(userId, RAIL_LENGTH);
}

/** The For You rail on a signed-in reader's home page (rendered per request, never cached: it is theirs alone). */
export function ForYouRail({ items, offerTopics }: Pick<ForYou, "items" | "offerTopics">) {
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
      <ForYouList items={items} variant="tile" />
    </section>
  );
}
