import "server-only";
import {
  listLatestArticles,
  listListedCardsByIds,
  listTopicRails,
  listTopStories,
  type ArticleCard,
  type TopicRail,
} from "@/lib/db/queries/articles";
import { getCuration } from "@/lib/db/queries/curations";
import { cacheContent, listTags } from "./cache-life";
import {
  arrangeRails,
  fillLeads,
  FRONT_PAGE_KEY,
  handPickedIds,
  poolSize,
  readFrontPage,
  sourcesNeeded,
  type FrontPageLayout,
} from "./front-page-layout";
import { contentTags } from "./purge";

// The home page's lead stories and topic rails as the newsroom laid them out (/admin/front-page). Shared and
// cached like every list; a save purges `frontPage`, a new or changed story `articleLists`.

export interface FrontPage {
  /** The "Lead stories" block: the lead, then the headlines. */
  leads: ArticleCard[];
  rails: TopicRail[];
}

export async function getFrontPage(railLength: number): Promise<FrontPage> {
  "use cache";
  const { config } = await getCuration(FRONT_PAGE_KEY);
  const front = await composeFrontPage(readFrontPage(config), railLength);
  cacheContent(
    contentTags.frontPage,
    contentTags.topics,
    ...listTags([...front.leads, ...front.rails.flatMap((rail) => rail.articles)]),
  );
  return front;
}

/** The front page a layout gives now, uncached: the home page (through the cache above) and the preview. */
export async function composeFrontPage(layout: FrontPageLayout, railLength: number): Promise<FrontPage> {
  const size = poolSize(layout.leads);
  const sources = sourcesNeeded(layout.leads);
  const [handPicked, mostRead, newest, rails] = await Promise.all([
    listListedCardsByIds(handPickedIds(layout.leads)),
    sources.has("most-read") ? listTopStories(size) : [],
    sources.has("newest") ? listLatestArticles({ page: 1, pageSize: size }).then((p) => p.items) : [],
    listTopicRails(railLength),
  ]);
  return {
    leads: fillLeads(layout.leads, handPicked, { "most-read": mostRead, newest }),
    rails: arrangeRails(rails, layout),
  };
}
