import "server-only";
import type { ArticleCard, TopicRail } from "@/lib/content/articles";
import { loadMuteFilter, type HiddenStories } from "./mutes";

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
  const filter = await loadMuteFilter(userId, [
    home.top,
    home.picks,
    ...home.rails.map((rail) => rail.articles),
  ]);
  const top = filter.apply(home.top);
  const picks = filter.apply(home.picks);
  const rails = home.rails.map((rail) => ({ rail, view: filter.apply(rail.articles) }));
  return {
    top: top.items,
    picks: picks.items,
    rails: rails.map(({ rail, view }) => ({ ...rail, articles: view.items })),
    hidden: {
      top: top.hidden,
      picks: picks.hidden,
      rails: Object.fromEntries(rails.map(({ rail, view }) => [rail.topicSlug, view.hidden])),
    },
  };
}
