import "server-only";
import { searchArticles, type SearchFilter, type SearchPage } from "@/lib/db/queries/search";
import { cacheSearch, listTags } from "./cache-life";
import { MAX_PAGE, PAGE_SIZE, type SearchParams } from "./params";
import type { SearchAnswer } from "./search-answer-shape";

export type { SearchHit, SearchPage } from "@/lib/db/queries/search";

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
 * Search results for already-validated params, from Next's cache. Filters without words list the newest articles
 * in scope; a blank search or a too-deep page is empty without a query.
 */
export function runSearch(params: SearchParams): Promise<SearchPage> {
  return searchOrEmpty(params, () =>
    searchCached(
      params.q,
      params.publisher ?? null,
      params.topic ?? null,
      params.from ?? null,
      params.to ?? null,
      params.page,
    ),
  );
}

/** The same, straight from the database: for GET /api/search, which runs outside Next and keeps its own answers. */
export function runSearchUncached(params: SearchParams): Promise<SearchPage> {
  return searchOrEmpty(params, () => searchArticles(searchFilterOf(params)));
}

async function searchOrEmpty(params: SearchParams, run: () => Promise<SearchPage>): Promise<SearchPage> {
  if (isBlankSearch(params) || params.page > MAX_PAGE) return { ...EMPTY, page: params.page };
  return run();
}

/**
 * What a search page says around its results, drawn the same from the server and in the browser: the search as
 * understood, the titles its words spell (from `titles`, the active titles), whether it was cut short, its counts.
 */
export function describeSearch(
  params: SearchParams & { rangeSwapped: boolean },
  results: SearchPage,
  titles: readonly { slug: string; name: string }[],
): Omit<SearchAnswer, "items"> {
  const { rangeSwapped, ...search } = params;
  return {
    search,
    rangeSwapped,
    blank: isBlankSearch(search),
    titles: findTitles(titles, search.q),
    tooBroad: results.tooBroad,
    total: results.total,
    totalIsLowerBound: results.totalIsLowerBound,
    hasNext: results.hasNext,
  };
}

// Arguments are the validated fields one by one, so the same search spelled differently is one entry.
async function searchCached(
  q: string,
  publisher: string | null,
  topic: string | null,
  from: string | null,
  to: string | null,
  page: number,
): Promise<SearchPage> {
  "use cache";
  const result = await searchArticles(searchFilterOf({ q, publisher, topic, from, to, page }));
  cacheSearch(...listTags(result.items));
  return result;
}

/** The database's filter for validated params: `from` and `to` are whole days, both inclusive (UTC). */
function searchFilterOf(params: {
  q: string;
  publisher?: string | null;
  topic?: string | null;
  from?: string | null;
  to?: string | null;
  page: number;
}): SearchFilter {
  return {
    q: params.q,
    publisherSlug: params.publisher ?? undefined,
    topicSlug: params.topic ?? undefined,
    from: params.from ? new Date(`${params.from}T00:00:00Z`) : undefined,
    to: params.to ? new Date(Date.parse(`${params.to}T00:00:00Z`) + DAY_MS - 1) : undefined,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
}

/**
 * Titles whose name the words spell, in order (a reader types "Glenshannagh Courier" to find it): at most
 * `limit`, from `titles` (the active titles by name, as getPublishers gives them, which the search form lists
 * anyway), so a search asks the database nothing for them.
 */
export function findTitles<T extends { slug: string; name: string }>(
  titles: readonly T[],
  q: string,
  limit = 5,
): { slug: string; name: string }[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const found: { slug: string; name: string }[] = [];
  for (const title of titles) {
    if (found.length >= limit) break;
    if (spells(title.name.toLowerCase(), words)) found.push({ slug: title.slug, name: title.name });
  }
  return found;
}

/** Whether the words appear in `name` in this order, anything between them (as `like '%w1%w2%'`). */
function spells(name: string, words: string[]): boolean {
  let from = 0;
  for (const word of words) {
    const at = name.indexOf(word, from);
    if (at === -1) return false;
    from = at + word.length;
  }
  return true;
}
