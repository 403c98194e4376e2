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
  [/^\/search$/, (raw) => {
    const { page, ...filters } = parseSearchParams(raw);
    return canonicalQuery({ ...filters, page: pageParam(page) });
  }],
];
const MAX_PAGES = 500;
const MAX_SEARCHES = 300;
/** Response headers that describe one transfer (or carry the per-response CSP), so are not stored. */
const UNCACHED_HEADERS = new Set([
  "content-length", "content-encoding", "transfer-encoding", "connection", "content-security-policy", "date", "keep-alive",
]);
/** Request header that marks the proxy's own render request; its value is the placeholder nonce. */
export const RENDER_HEADER = "x-newsstand-page-render";

interface CachedPage {
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
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "");
  return defined.length === 0 ? "" : `?${new URLSearchParams(defined.sort(([a], [b]) => a.localeCompare(b)))}`;
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
  return headerValue !== null && settings.pageCacheSeconds > 0 && headerValue === state().placeholder ? headerValue : null;
}

/** The cache key when this request may be answered from the cache, else null. */
export function cacheablePageKey(request: Request, signedIn: boolean): string | null {
  if (settings.pageCacheSeconds === 0 || signedIn || request.method !== "GET") return null;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action") || h.has(RENDER_HEADER)) return null;
  return pageCacheKey(new URL(request.url));
}

/**
 * The page for `key` (from cacheablePageKey) with `nonce` in place of the placeholder, or null when it
 * may not be cached (not a 200 HTML page, or it set cookies): the caller then lets Next render it normally.
 */
export async function getCachedPage(key: string, nonce: string, origin: string): Promise<Response | null> {
  const { placeholder, ...stores } = state();
  const pages = key.startsWith("/search") ? stores.searches : stores.pages;
  let page = pages.get(key);
  const hit = page !== undefined;
  if (!page) {
    page = renderPage(new URL(key, origin), placeholder).catch((error: unknown) => {
      console.error("page cache: render failed", key, error);
      return null;
    });
    pages.set(key, page);
  }
  const cachedPage = await page;
  if (!cachedPage) {
    pages.delete(key);
    return null;
  }
  const response = new Response(joinWithNonce(cachedPage, utf8.encode(nonce)), { status: 200, headers: cachedPage.headers });
  response.headers.set("x-page-cache", hit ? "hit" : "miss"); // for operators and tests
  return response;
}

async function renderPage(url: URL, placeholder: string): Promise<CachedPage | null> {
  const response = await fetch(url, {
    // identity: fetch asks for gzip by default, and the server would compress a page only for us to inflate it.
    headers: { accept: "text/html", "accept-encoding": "identity", [RENDER_HEADER]: placeholder },
    redirect: "manual",
    cache: "no-store",
  });
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.includes("text/html") || response.headers.has("set-cookie")) return null;
  const html = await response.text();
  const headers = [...response.headers].filter(([name]) => !UNCACHED_HEADERS.has(name.toLowerCase()));
  const parts = html.split(placeholder).map((part) => utf8.encode(part));
  return { parts, length: parts.reduce((sum, part) => sum + part.length, 0), headers };
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
