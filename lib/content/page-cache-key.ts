import { asksWithoutScript, withoutScriptQuery } from "./search-without-script";
import {
  parseListParams,
  parsePublishersParams,
  parseSearchParams,
  parseSlug,
  type RawSearchParams,
} from "./params";

// Page-cache keys: the page's canonical URL, so every spelling of one page is one entry. The path's slug is
// decoded and checked the way the page checks it (`/articles/a%2Dstory` is `/articles/a-story`; a slug that
// cannot be ours is not cached at all), and the query keeps only the parameters that page reads, parsed the
// way it parses them (`?page=abc`, `?utm_source=…` or a reordered search share one entry).

/** Canonical query string (with "?", or "") of each cacheable route, from the parameters it reads. */
const CACHEABLE_ROUTES: [RegExp, (raw: RawSearchParams) => string][] = [
  [/^\/$/, () => ""],
  [/^\/articles\/[^/]+$/, () => ""],
  [/^\/(topics|publishers)\/[^/]+$/, (raw) => canonicalQuery({ page: pageParam(parseListParams(raw).page) })],
  [/^\/publishers$/, (raw) => canonicalQuery(parsePublishersParams(raw))],
  // One shell for every search (its results come from GET /api/search), except the page a browser without
  // JavaScript asks for, which carries its results (search-without-script.ts).
  [/^\/search$/, (raw) => (asksWithoutScript(raw) ? withoutScriptQuery(canonicalSearchQuery(raw)) : "")],
];

/** A search's canonical query string ("?…", or ""): every spelling of one search is one. */
export function canonicalSearchQuery(raw: RawSearchParams): string {
  const { page, rangeSwapped, ...filters } = parseSearchParams(raw);
  // A reversed range keeps its order: the page says it was reversed.
  const [from, to] = rangeSwapped ? [filters.to, filters.from] : [filters.from, filters.to];
  return canonicalQuery({ ...filters, from, to, page: pageParam(page) });
}

function pageParam(page: number): string | undefined {
  return page > 1 ? String(page) : undefined;
}

function canonicalQuery(params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "",
  );
  return defined.length === 0
    ? ""
    : `?${new URLSearchParams(defined.sort(([a], [b]) => a.localeCompare(b)))}`;
}

export function rawParams(url: URL | URLSearchParams): RawSearchParams {
  const searchParams = url instanceof URL ? url.searchParams : url;
  const raw: Record<string, string[]> = {};
  for (const [name, value] of searchParams) (raw[name] ??= []).push(value);
  return raw;
}

/**
 * A path no route matches: the app renders app/not-found.tsx for it on the server. Slugs that cannot be ours
 * are keyed to it, so every such request shares the one whole not-found page (Next's own 404 for a dynamic
 * page is drawn by JavaScript).
 */
export const NOT_FOUND_PATH = "/_newsstand/not-found";

/** `/articles/<slug>` etc. with the slug in its one spelling, `/` and `/search` as they are. */
function canonicalPath(pathname: string): string {
  const match = /^\/(articles|topics|publishers)\/([^/]+)$/.exec(pathname);
  if (!match) return pathname;
  const slug = parseSlug(match[2] ?? "");
  return slug ? `/${match[1]}/${slug}` : NOT_FOUND_PATH;
}

/** The cache key (canonical path and query) of a request for a cacheable page, or null. */
export function pageCacheKey(url: URL): string | null {
  for (const [pattern, query] of CACHEABLE_ROUTES) {
    if (!pattern.test(url.pathname)) continue;
    const path = canonicalPath(url.pathname);
    return path === NOT_FOUND_PATH ? path : `${path}${query(rawParams(url))}`;
  }
  return null;
}
