import "server-only";
import type { ArticleCard, TopicRail } from "@/lib/content/articles";
import { hideMuted, type HiddenStories } from "./mutes";

/** What a reader's mutes took out of each block of the home page. */
export interface HomeHidden {
  top: HiddenStories<ArticleCard> | null;
  picks: HiddenStories<ArticleCard> | null;
  /** By topic slug. */
  rails: Record<string, HiddenStories<ArticleCard> | null>;
}

export interface HomeLists {
  top: ArticleCard[];
  picks: ArticleCard[];
  rails: TopicRail[];
}

/**
 * The home page's shared lists (from the cache, the same for everyone) with one reader's mutes applied, per
 * request. A visitor's lists come back as they are, without a query.
 */
export async function hideMutedOnHome(
  userId: string | null | undefined,
  home: HomeLists,
): Promise<HomeLists & { hidden: HomeHidden }> {
  const lists: Record<string, ArticleCard[]> = { top: home.top, picks: home.picks };
  for (const rail of home.rails) lists[`rail:${rail.topicSlug}`] = rail.articles;
  const view = await hideMuted(userId, lists);
  const list = (key: string) => view[key] ?? { items: [], hidden: null };
  const railView = (slug: string) => list(`rail:${slug}`);
  return {
    top: list("top").items,
    picks: list("picks").items,
    rails: home.rails.map((rail) => ({ ...rail, articles: railView(rail.topicSlug).items })),
    hidden: {
      top: list("top").hidden,
      picks: list("picks").hidden,
      rails: Object.fromEntries(home.rails.map((rail) => [rail.topicSlug, railView(rail.topicSlug).hidden])),
    },
  };
}
