import { inWords, type ForYou } from "@/lib/personal/for-you";
import { ForYouRailView } from "./for-you-rail-view";

/** The For You rail on a signed-in reader's home page (rendered per request, never cached: it is theirs alone). */
export function ForYouRail({ items, offerTopics }: Pick<ForYou, "items" | "offerTopics">) {
  return <ForYouRailView items={inWords(items)} offerTopics={offerTopics} />;
}
