import { LRUCache } from "lru-cache";
import { settings } from "@/lib/config/settings";
import { parseListParams, parsePublishersParams, parseSearchParams, type RawSearchParams } from "./params";

// Rendered reader pages for visitors without a session. Every such visitor gets the same page (the teaser:
// the paywall decision for "no session" never varies), so rendering it per request only burns CPU. But
// the CSP nonce must be fresh per response: pages are rendered once with a secret placeholder nonce, and
// each response gets the placeholder swapped for its own nonce. The placeholder never leaves the server,
// and article HTML is sanitised (no <script>), so stored content cannot borrow a nonce.
//
// Used by proxy.ts only. Signed-in readers, RSC and prefetch requests, and anything but GET always render.
//
// Entries are keyed by the page's canonical URL: the path plus only the query parameters that page reads,
// parsed the way the page parses them, so `?page=abc`, `?utm_source=…` or a reordered search share one
// entry, and the page rendered for the key is the page the request would have got. Search pages have a
// cache of their own: anyone can mint new search URLs, and they must not push articles out.

/** Canonical query string (with "?", or "") of each cacheable route, from the parameters it reads. */
const CACHEABLE_ROUTES: [RegExp, (raw: RawSearchParams) => string][] = [
  [/^\/$/, () => ""],
  [/^\/articles\/[^/]+$/, () => ""],
  [/^\/(topics|publishers)\/[^/]+$/, (raw) => canonicalQuery({ page: pageParam(parseListParams(raw).page) })],
  [/^\/publishers$/, (raw) => canonicalQuery(parsePublishersParams(raw))],
  [
    /^\/search$/,
    (raw) => {
      const { page, rangeSwapped, ...filters } = parseSearchParams(raw);
      // A reversed range keeps its order: the page says it was reversed.
      const [from, to] = rangeSwapped ? [filters.to, filters.from] : [filters.from, filters.to];
      return canonicalQuery({ ...filters, from, to, page: pageParam(page) });
    },
  ],
];
const MAX_PAGES = 500;
const MAX_SEARCHES = 300;
/** Response headers that describe one transfer (or carry the per-response CSP), so are not stored. */
const UNCACHED_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "content-security-policy",
  "date",
  "keep-alive",
]);
/** Request header that marks the proxy's own render request; its value is the placeholder nonce. */
export const RENDER_HEADER = "x-newsstand-page-render";

interface CachedPage {
  /** 200, or 404 for the site's not-found page. */
  status: number;
  /** The HTML, UTF-8 encoded, split at the placeholder nonce: joined with a nonce it makes the page. */
  parts: Uint8Array[];
  /** Bytes of the parts together. */
  length: number;
  headers: [string, string][];
}

const utf8 = new TextEncoder();

type PageStore = LRUCache<string, Promise<CachedPage | null>>;

const globalForPages = globalThis as unknown as {
  newsstandPageCache?: { pages: PageStore; searches: PageStore; placeholder: string };
};

function state() {
  const ttl = settings.pageCacheSeconds * 1000;
  globalForPages.newsstandPageCache ??= {
    pages: new LRUCache({ max: MAX_PAGES, ttl }),
    searches: new LRUCache({ max: MAX_SEARCHES, ttl }),
    placeholder: `ph${crypto.randomUUID().replaceAll("-", "")}`,
  };
  return globalForPages.newsstandPageCache;
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

function rawParams(url: URL): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (raw[name] ??= []).push(value);
  return raw;
}

/** The cache key (canonical path and query) of a request for a cacheable page, or null. */
export function pageCacheKey(url: URL): string | null {
  for (const [pattern, query] of CACHEABLE_ROUTES) {
    if (pattern.test(url.pathname)) return `${url.pathname}${query(rawParams(url))}`;
  }
  return null;
}

/** The placeholder nonce when `headerValue` proves the request is the proxy's own render, else null. */
export function renderPlaceholder(headerValue: string | null): string | null {
  return headerValue !== null && settings.pageCacheSeconds > 0 && headerValue === state().placeholder
    ? headerValue
    : null;
}

/** The cache key when this request may be answered from the cache, else null. */
export function cacheablePageKey(request: Request, signedIn: boolean): string | null {
  if (settings.pageCacheSeconds === 0 || signedIn || request.method !== "GET") return null;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action") || h.has(RENDER_HEADER))
    return null;
  return pageCacheKey(new URL(request.url));
}

/**
 * The page for `key` (from cacheablePageKey) with `nonce` in place of the placeholder, or null when it
 * may not be cached (neither a 200 HTML page nor a 404, or it set cookies): the caller then lets Next render it.
 */
export async function getCachedPage(key: string, nonce: string, origin: string): Promise<Response | null> {
  const { placeholder, ...stores } = state();
  const store = key.startsWith("/search") ? stores.searches : stores.pages;
  const { page, hit } = remember(store, key, () => renderPage(new URL(key, origin), placeholder, origin));
  const cachedPage = await page;
  if (!cachedPage) return null;
  const response = new Response(joinWithNonce(cachedPage, utf8.encode(nonce)), {
    status: cachedPage.status,
    headers: cachedPage.headers,
  });
  response.headers.set("x-page-cache", hit ? "hit" : "miss"); // for operators and tests
  return response;
}

function remember(
  store: PageStore,
  key: string,
  render: () => Promise<CachedPage | null>,
): { page: Promise<CachedPage | null>; hit: boolean } {
  const cached = store.get(key);
  if (cached) return { page: cached, hit: true };
  const page = render()
    .catch((error: unknown) => {
      console.error("page cache: render failed", key, error);
      return null;
    })
    .then((rendered) => {
      if (!rendered && store.get(key) === page) store.delete(key);
      return rendered;
    });
  store.set(key, page);
  return { page, hit: false };
}

async function renderPage(
  url: URL,
  placeholder: string,
  origin: string,
  status = 200,
): Promise<CachedPage | null> {
  const response = await fetch(url, {
    // identity: fetch asks for gzip by default, and the server would compress a page only for us to inflate it.
    headers: { accept: "text/html", "accept-encoding": "identity", [RENDER_HEADER]: placeholder },
    redirect: "manual",
    cache: "no-store",
  });
  if (response.status === 404 && status === 200) {
    await response.arrayBuffer(); // read to the end, so the connection is free again
    return renderNotFound(placeholder, origin);
  }
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== status || !type.includes("text/html") || response.headers.has("set-cookie"))
    return null;
  const html = await response.text();
  const headers = [...response.headers].filter(([name]) => !UNCACHED_HEADERS.has(name.toLowerCase()));
  const parts = html.split(placeholder).map((part) => utf8.encode(part));
  return { status, parts, length: parts.reduce((sum, part) => sum + part.length, 0), headers };
}

// A notFound() from a dynamic page comes back as a 404 whose HTML body is empty: Next draws it with
// JavaScript (a known Next 16 behaviour), so visitors without JS and crawlers see a blank page. A path no
// route matches gets app/not-found.tsx rendered on the server instead, so visitors get that page, as a 404.
const NOT_FOUND_PATH = "/_newsstand/not-found";

async function renderNotFound(placeholder: string, origin: string): Promise<CachedPage | null> {
  return remember(state().pages, NOT_FOUND_PATH, () =>
    renderPage(new URL(NOT_FOUND_PATH, origin), placeholder, origin, 404),
  ).page;
}

// Copying bytes is the cheapest way to make each response: a string body would be re-checked and
// re-encoded on every hit (a quarter of a hit's CPU time on the home page, measured).
function joinWithNonce({ parts, length }: CachedPage, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(new ArrayBuffer(length + nonce.length * (parts.length - 1)));
  let offset = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      body.set(nonce, offset);
      offset += nonce.length;
    }
    body.set(part, offset);
    offset += part.length;
  });
  return body;
}

/** Forgets every cached page (tests, after editorial changes). */
export function clearPageCache(): void {
  state().pages.clear();
  state().searches.clear();
}
