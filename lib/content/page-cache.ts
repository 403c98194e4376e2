import { LRUCache } from "lru-cache";
import { getSharedCache } from "@/lib/cache/cache-handler.js";
import { settings } from "@/lib/config/settings";
import { deflateParts, gzipWithNonce, type DeflatedParts } from "./gzip-with-nonce";
import { NOT_FOUND_PATH, pageCacheKey } from "./page-cache-key";

// Rendered reader pages for visitors without a session (and the members' shared copies), answered by
// lib/http/page-cache-lane.ts before Next sees the request. Every such visitor gets the same page
// (the teaser: the paywall decision for "no session" never varies), so rendering it per request only burns CPU;
// Next cannot keep a page whose CSP nonce is fresh per response (see DEVELOPERS.md, "Rendering and caching").
// Pages are rendered once with a secret placeholder nonce, and each response gets the placeholder swapped for its
// own nonce. The placeholder never leaves the server, and article HTML is sanitised (no <script>), so stored
// content cannot borrow a nonce.
//
// Only HTML page requests: RSC and prefetch requests (the `RSC` header, `_rsc`), signed-in readers the member
// gate does not let through, and anything but GET (or HEAD) always go to Next. Bounded by bytes; only a 200
// page takes a place (every unknown slug shares the one not-found page, so misses cannot push pages out);
// searches have their own space, since anyone can mint them.
// Any purge heard by the cache handler (purgeContent, here or on another instance) empties it.

const PAGE_BYTES = 48 * 1024 * 1024;
const SEARCH_BYTES = 16 * 1024 * 1024;
/**
 * Searches rendered for the cache at once. A render for the cache is a second request to this server on top
 * of the reader's (≈1.5× the CPU of rendering the page for the reader alone, measured), worth it for a search
 * that is asked for again, wasted on one nobody repeats. Past this many, a search not asked for within
 * PAGE_CACHE_SECONDS is rendered for its reader only (no cache), and cached from its next request.
 */
const SEARCH_RENDERS = 2;
/** A render slower than this is abandoned (the request then renders through Next as usual). */
const RENDER_TIMEOUT_MS = 10_000;
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
/**
 * Request header that marks the proxy's own render request; its value is the placeholder nonce, followed by
 * MEMBER_SUFFIX for a members' copy.
 */
export const RENDER_HEADER = "x-newsstand-page-render";
const MEMBER_SUFFIX = ".member";
/** Keys of the members' shared copies start with this. */
const MEMBER_PREFIX = "member:";
/** Next's own RSC and router headers (visible to the proxy: next.config.js sets skipProxyUrlNormalize). */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-action",
  RENDER_HEADER,
];

interface CachedPage {
  /** 200, or 404 for the site's not-found page. */
  status: number;
  /**
   * The HTML, UTF-8 encoded, split at the placeholder nonce (joined with a nonce it makes the page), and
   * each part compressed once, for gzip responses (gzip-with-nonce.ts).
   */
  body: DeflatedParts;
  headers: [string, string][];
}

type PageStore = LRUCache<string, CachedPage>;

interface State {
  pages: PageStore;
  searches: PageStore;
  notFound?: CachedPage;
  /** Keys known to be 404s: a few bytes each and a space of their own, so they never push a page out. */
  missing: LRUCache<string, true>;
  /** Searches passed to Next without a render for the cache (see SEARCH_RENDERS): the next request caches them. */
  searchesSeen: LRUCache<string, true>;
  inFlight: Map<string, Promise<CachedPage | null>>;
  /** Renders for the searches' store under way. */
  searchRenders: number;
  placeholder: string;
}

const utf8 = new TextEncoder();
const globalForPages = globalThis as unknown as { newsstandPageCache?: State };

function createStore(maxSize: number): PageStore {
  return new LRUCache<string, CachedPage>({
    maxSize,
    sizeCalculation: (page, key) =>
      page.body.length + page.body.runs.reduce((sum, run) => sum + run.length, 0) + key.length + 512,
    ttl: settings.pageCacheSeconds * 1000,
  });
}

function state(): State {
  if (globalForPages.newsstandPageCache) return globalForPages.newsstandPageCache;
  const created: State = {
    pages: createStore(PAGE_BYTES),
    searches: createStore(SEARCH_BYTES),
    missing: new LRUCache<string, true>({ max: 10_000, ttl: settings.pageCacheSeconds * 1000 }),
    searchesSeen: new LRUCache<string, true>({ max: 10_000, ttl: settings.pageCacheSeconds * 1000 }),
    inFlight: new Map(),
    searchRenders: 0,
    placeholder: `ph${crypto.randomUUID().replaceAll("-", "")}`,
  };
  globalForPages.newsstandPageCache = created;
  getSharedCache().tags.onPurge(() => clearPageCache());
  return created;
}

/**
 * When `headerValue` proves the request is the proxy's own render: the placeholder nonce to render with, and
 * whether it renders the members' shared copy. Else null.
 */
export function pageRender(headerValue: string | null): { nonce: string; member: boolean } | null {
  if (headerValue === null || settings.pageCacheSeconds === 0) return null;
  const { placeholder } = state();
  for (const member of [false, true])
    if (headerValue === renderHeaderValue(placeholder, member)) return { nonce: placeholder, member };
  return null;
}

function renderHeaderValue(placeholder: string, member: boolean): string {
  return member ? `${placeholder}${MEMBER_SUFFIX}` : placeholder;
}

/** The page a key names, and whether it is a members' copy. */
function pageOfKey(key: string): { path: string; member: boolean } {
  const member = key.startsWith(MEMBER_PREFIX);
  return { path: member ? key.slice(MEMBER_PREFIX.length) : key, member };
}

/**
 * The cache key when this request may be answered from the cache, else null (visitors' key; see memberCopyKey).
 * `url` is the request's own (path and query as sent); `hasHeader` asks for a header by its lower-case name.
 */
export function cacheablePageKey(
  method: string,
  url: URL,
  hasHeader: (name: string) => boolean,
): string | null {
  if (settings.pageCacheSeconds === 0 || method !== "GET") return null;
  if (ROUTER_HEADERS.some(hasHeader)) return null;
  if (url.searchParams.has("_rsc")) return null;
  return pageCacheKey(url);
}

/**
 * The key of the members' shared copy of the page `visitorKey` names (every page visitors get a copy of: home,
 * article, title, topic, the titles' list, search), or null for the not-found page, which a member gets
 * rendered for them, with their own header. proxy.ts asks lib/auth/member-gate.ts before it serves one.
 */
export function memberCopyKey(visitorKey: string): string | null {
  return visitorKey === NOT_FOUND_PATH ? null : `${MEMBER_PREFIX}${visitorKey}`;
}

/** A page from the cache, ready to send: its bytes with the response's nonce in place. */
export interface PageAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  /** Whether `body` is gzip (when asked for) or the page as it is. */
  encoding: "gzip" | "identity";
  /** How the cache answered (the `x-page-cache` header, for operators and tests). */
  cache: "hit" | "stale" | "miss";
}

/**
 * The page for `key` (from cacheablePageKey or memberCopyKey) with `nonce` in place of the placeholder, or null
 * when it may not be cached (neither a 200 HTML page nor a 404, it set cookies, or the render failed or timed
 * out): the caller then lets Next render it.
 */
export async function answerFromPageCache(
  key: string,
  nonce: string,
  origin: string,
  encoding: PageAnswer["encoding"] = "identity",
): Promise<PageAnswer | null> {
  const current = state();
  // The no-script searches (each with its results); the one shell every other search shares is a page.
  const store = pageOfKey(key).path.startsWith("/search?") ? current.searches : current.pages;
  const { page: kept, stale } = keptPage(store, key);
  const stored = kept ?? (current.missing.has(key) ? current.notFound : undefined);
  if (!stored && store === current.searches && !admitSearch(current, key)) return null;
  // An expired page is answered as it is while one render replaces it (renderOnce: one per key), so a busy
  // page never makes every reader wait for its render at once; its failure keeps the old page a while longer.
  if (stale) void renderOnce(current, store, key, origin);
  const page = stored ?? (await renderOnce(current, store, key, origin));
  if (!page) return null;
  return {
    status: page.status,
    // Next's Link header preloads the stylesheet with the render's nonce: the placeholder never leaves here.
    headers: page.headers.map(([name, value]) => [name, value.replaceAll(current.placeholder, nonce)]),
    body: (encoding === "gzip" ? gzipWithNonce : joinWithNonce)(page.body, utf8.encode(nonce)),
    encoding,
    cache: stale ? "stale" : stored ? "hit" : "miss",
  };
}

/**
 * The stored page for `key`, and whether its PAGE_CACHE_SECONDS are over. Past twice that it is not answered
 * at all (a render that keeps failing must not keep a page for ever). A purge (clearPageCache) drops every
 * page at once, expired or not: a takedown is never answered from here.
 */
function keptPage(store: PageStore, key: string): { page: CachedPage | undefined; stale: boolean } {
  const status: LRUCache.Status<string, CachedPage> = {};
  const page = store.get(key, { allowStale: true, noDeleteOnStaleGet: true, status });
  if (page === undefined || status.get !== "stale") return { page, stale: false };
  if ((status.remainingTTL ?? 0) < -settings.pageCacheSeconds * 1000)
    return { page: undefined, stale: false };
  return { page, stale: true };
}

/** Whether a search that is not stored may be rendered for the cache now (see SEARCH_RENDERS). */
function admitSearch(current: State, key: string): boolean {
  if (current.inFlight.has(key) || current.searchRenders < SEARCH_RENDERS) return true;
  if (current.searchesSeen.has(key)) return true;
  current.searchesSeen.set(key, true);
  return false;
}

/** Concurrent misses for one key share one render; only a 200 page is stored under its key. */
function renderOnce(current: State, store: PageStore, key: string, origin: string) {
  const pending = current.inFlight.get(key);
  if (pending) return pending;
  const search = store === current.searches;
  if (search) current.searchRenders += 1;
  const { path, member } = pageOfKey(key);
  const render = renderPage(new URL(path, origin), current.placeholder, member)
    .then(async (page) => {
      // The shared not-found page is the visitors' (its header says "Sign in"): a member's 404 is their own.
      if (page === "not-found" && member) return null;
      if (page === "not-found") {
        current.notFound ??= await renderNotFound(current, origin);
        if (current.notFound) current.missing.set(key, true);
        return current.notFound ?? null;
      }
      // A purge during the render may have come after the data was read: keep the page out of the store.
      if (page && current === globalForPages.newsstandPageCache && current.inFlight.get(key) === render)
        store.set(key, page);
      return page;
    })
    .catch((error: unknown) => {
      console.error("page cache: render failed", key, error);
      return null;
    })
    .finally(() => {
      if (search) current.searchRenders -= 1;
      if (current.inFlight.get(key) === render) current.inFlight.delete(key);
    });
  current.inFlight.set(key, render);
  return render;
}

async function renderPage(
  url: URL,
  placeholder: string,
  member: boolean,
  status = 200,
): Promise<CachedPage | "not-found" | null> {
  const response = await fetch(url, {
    // identity: fetch asks for gzip by default, and the server would compress a page only for us to inflate it.
    headers: {
      accept: "text/html",
      "accept-encoding": "identity",
      [RENDER_HEADER]: renderHeaderValue(placeholder, member),
    },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  if (response.status === 404 && status === 200) {
    await response.arrayBuffer(); // read to the end, so the connection is free again
    return "not-found";
  }
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== status || !type.includes("text/html") || response.headers.has("set-cookie")) {
    await response.arrayBuffer();
    return null;
  }
  const html = await response.text();
  const headers = [...response.headers].filter(([name]) => !UNCACHED_HEADERS.has(name.toLowerCase()));
  const parts = html.split(placeholder).map((part) => utf8.encode(part));
  // Every page has scripts carrying the nonce: without the placeholder, some other server rendered it (an
  // INTERNAL_URL that reaches another instance), and its nonce would not match ours.
  if (parts.length < 2) return null;
  return { status, body: await deflateParts(parts), headers };
}

// A notFound() from a dynamic page comes back as a 404 whose HTML body is empty: Next draws it with
// JavaScript (a known Next 16 behaviour), so visitors without JS and crawlers see a blank page. A path no
// route matches gets app/not-found.tsx rendered on the server instead, so visitors get that page, as a 404.

async function renderNotFound(current: State, origin: string): Promise<CachedPage | undefined> {
  const page = await renderPage(new URL(NOT_FOUND_PATH, origin), current.placeholder, false, 404);
  return page === "not-found" || page === null ? undefined : page;
}

// Copying bytes is the cheapest way to make each response: a string body would be re-checked and
// re-encoded on every hit (a quarter of a hit's CPU time on the home page, measured).
function joinWithNonce({ parts, length }: DeflatedParts, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
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

/** Forgets every cached page (tests, and any purge: see state()). */
export function clearPageCache(): void {
  const current = state();
  current.pages.clear();
  current.searches.clear();
  current.notFound = undefined;
  current.missing.clear();
  current.searchesSeen.clear();
  current.inFlight.clear(); // renders under way finish, but no longer store their page
}
