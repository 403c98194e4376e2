import { explainReason, getForYou, type ForYou } from "@/lib/personal/for-you";
import { ForYouRailView } from "./for-you-rail-view";

const RAIL_LENGTH = 4;

/** The rail's stories; the home page starts this beside its mutes, so the two reads overlap. */
export function loadForYouRail(userId: string): Promise<ForYou> {
  return getForYou(userId, RAIL_LENGTH);
}

/** The For You rail on a signed-in reader's home page (rendered per request, never cached: it is theirs alone). */
export function ForYouRail({ items, offerTopics }: Pick<ForYou, "items" | "offerTopics">) {
  return (
    <ForYouRailView
      items={items.map(({ article, reason }) => ({ article, because: explainReason(reason) }))}
      offerTopics={offerTopics}
    />
  );
}
