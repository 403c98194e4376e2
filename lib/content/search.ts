import "server-only";
import { findPublishersByName } from "@/lib/db/queries/search-list";
import { searchArticles, type SearchPage } from "@/lib/db/queries/search";
import { cached } from "./cache";
import { MAX_PAGE, PAGE_SIZE, type SearchParams } from "./params";

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
export function runSearch(params: SearchParams): Promise<SearchPage> {
  if (isBlankSearch(params) || params.page > MAX_PAGE) {
    return Promise.resolve({ ...EMPTY, page: params.page });
  }
  const key = `search:${JSON.stringify(params)}`;
  return cached(key, () =>
    searchArticles({
      q: params.q,
      publisherSlug: params.publisher,
      topicSlug: params.topic,
      from: params.from ? new Date(`${params.from}T00:00:00Z`) : undefined,
      // `to` is a whole day, inclusive.
      to: params.to ? new Date(new Date(`${params.to}T00:00:00Z`).getTime() + DAY_MS - 1) : undefined,
      page: params.page,
      pageSize: PAGE_SIZE,
    }),
  );
}

/** Titles whose name the words spell (at most a handful), shown above the articles. */
export function findTitles(q: string): Promise<{ slug: string; name: string }[]> {
  if (q === "") return Promise.resolve([]);
  return cached(`search-titles:${q.toLowerCase()}`, () => findPublishersByName(q, 5));
}
