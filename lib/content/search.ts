import "server-only";
import { searchArticles, type SearchPage } from "@/lib/db/queries/search";
import { cached } from "./cache";
import { MAX_PAGE, PAGE_SIZE, type SearchParams } from "./params";

export { HIGHLIGHT_START, HIGHLIGHT_STOP, type SearchHit, type SearchPage } from "@/lib/db/queries/search";

const DAY_MS = 86_400_000;

/** Search results for already-validated params; an empty query or a too-deep page is empty without a query. */
export function runSearch(params: SearchParams): Promise<SearchPage> {
  if (params.q === "" || params.page > MAX_PAGE) {
    return Promise.resolve({ items: [], page: params.page, hasNext: false, tooBroad: false });
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
