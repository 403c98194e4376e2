import { inWords, type ForYouItem } from "@/lib/personal/for-you";
import { ForYouCards } from "./for-you-cards";

/** For You stories, each with the one reason it is there ("Because you follow Science"). */
export function ForYouList({ items, variant }: { items: ForYouItem[]; variant?: "standard" | "tile" }) {
  return <ForYouCards items={inWords(items)} variant={variant} />;
}
