import { culturePacks } from "./topics-culture";
import { economyPacks } from "./topics-economy";
import { lifePacks } from "./topics-life";
import { newsPacks } from "./topics-news";
import type { TopicPack } from "./topic-pack";

export const topicPacks: Record<string, TopicPack> = {
  ...newsPacks,
  ...economyPacks,
  ...lifePacks,
  ...culturePacks,
};

export function packFor(topicSlug: string): TopicPack {
  const pack = topicPacks[topicSlug];
  if (!pack) throw new Error(`no text templates for topic "${topicSlug}"`);
  return pack;
}
