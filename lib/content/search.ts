import "server-only";
import { findPublishersByName } from "@/lib/db/queries/search-list";
import { searchArticles, type SearchPage } from "@/lib/db/queries/search";
import { cacheContent, cacheSearch, listTags } from "./cache-life";
import { MAX_PAGE, PAGE_SIZE, type SearchParams } from "./params";
import { contentTags } from "./purge";

export { HIGHLIGHT_START, HIGHLIGHT_STOP, type SearchHit, type SearchPage } from "@/lib/db/queries/search";

const DAY_MS = 86_400_000;
const EMPTY: Omit<SearchPage, "page"> = {
  items: [],
  hasNext: false,
  tooBroad: false,
  total: 0,
  totalIsLowerBound: false,
};

/** True when there is nothing to search for or list: no words and no filter. */
export function isBlankSearch(params: SearchParams): boolean {
  return params.q === "" && !params.publisher && !params.topic && !params.from && !params.to;
}

/**
 * Search results for already-validated params. Filters without words list the newest articles in scope;
 * a blank search or a too-deep page is empty without a query.
 */
export async function runSearch(params: SearchParams): Promise<SearchPage> {
  if (isBlankSearch(params) || params.page > MAX_PAGE) return { ...EMPTY, page: params.page };
  return searchCached(
    params.q,
    params.publisher ?? null,
    params.topic ?? null,
    params.from ?? null,
    params.to ?? null,
    params.page,
  );
}

// Arguments are the validated fields one by one, so the same search spelled differently is one entry.
async function searchCached(
  q: string,
  publisherSlug: string | null,
  topicSlug: string | null,
  from: string | null,
  to: string | null,
  page: number,
): Promise<SearchPage> {
  "use cache";
  const result = await searchArticles({
    q,
    publisherSlug: publisherSlug ?? undefined,
    topicSlug: topicSlug ?? undefined,
    from: from ? new Date(`${from}T00:00:00Z`) : undefined,
    // `to` is a whole day, inclusive.
    to: to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS - 1) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  cacheSearch(...listTags(result.items));
  return result;
}

/** Titles whose name the words spell (at most a handful), shown above the articles. */
export async function findTitles(q: string): Promise<{ slug: string; name: string }[]> {
  if (q === "") return [];
  return findTitlesCached(q.toLowerCase());
}

async function findTitlesCached(q: string): Promise<{ slug: string; name: string }[]> {
  "use cache";
  cacheContent(contentTags.publishers);
  return findPublishersByName(q, 5);
}
