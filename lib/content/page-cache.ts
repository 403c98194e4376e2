import { LRUCache } from "lru-cache";
import { settings } from "@/lib/config/settings";

// Rendered reader pages for visitors without a session. Every such visitor gets the same page (the teaser:
// the paywall decision for "no session" never varies), so rendering it per request only burns CPU. But
// the CSP nonce must be fresh per response: pages are rendered once with a secret placeholder nonce, and
// each response gets the placeholder swapped for its own nonce. The placeholder never leaves the server,
// and article HTML is sanitised (no <script>), so stored content cannot borrow a nonce.
//
// Used by proxy.ts only. Signed-in readers, RSC and prefetch requests, and anything but GET always render.

const CACHEABLE_PATHS = [/^\/$/, /^\/articles\/[^/]+$/, /^\/topics\/[^/]+$/, /^\/publishers(\/[^/]+)?$/];
const MAX_ENTRIES = 500;
/** Response headers that describe one transfer (or carry the per-response CSP), so are not stored. */
const UNCACHED_HEADERS = new Set([
  "content-length", "content-encoding", "transfer-encoding", "connection", "content-security-policy", "date", "keep-alive",
]);
/** Request header that marks the proxy's own render request; its value is the placeholder nonce. */
export const RENDER_HEADER = "x-newsstand-page-render";

interface CachedPage {
  html: string;
  headers: [string, string][];
}

const globalForPages = globalThis as unknown as {
  newsstandPageCache?: { pages: LRUCache<string, Promise<CachedPage | null>>; placeholder: string };
};

function state() {
  globalForPages.newsstandPageCache ??= {
    pages: new LRUCache({ max: MAX_ENTRIES, ttl: settings.pageCacheSeconds * 1000 }),
    placeholder: `ph${crypto.randomUUID().replaceAll("-", "")}`,
  };
  return globalForPages.newsstandPageCache;
}

/** The placeholder nonce when `headerValue` proves the request is the proxy's own render, else null. */
export function renderPlaceholder(headerValue: string | null): string | null {
  return headerValue !== null && settings.pageCacheSeconds > 0 && headerValue === state().placeholder ? headerValue : null;
}

export function isCacheablePageRequest(request: Request, signedIn: boolean): boolean {
  if (settings.pageCacheSeconds === 0 || signedIn || request.method !== "GET") return false;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action") || h.has(RENDER_HEADER)) return false;
  const { pathname } = new URL(request.url);
  return CACHEABLE_PATHS.some((pattern) => pattern.test(pathname));
}

/**
 * The page for this request with `nonce` in place of the placeholder, or null when it may not be cached
 * (not a 200 HTML page, or it set cookies): the caller then lets Next render it normally.
 */
export async function getCachedPage(request: Request, nonce: string, origin: string): Promise<Response | null> {
  const { pages, placeholder } = state();
  const url = new URL(request.url);
  const key = `${url.pathname}${url.search}`;
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
  const response = new Response(cachedPage.html.replaceAll(placeholder, nonce), { status: 200, headers: cachedPage.headers });
  response.headers.set("x-page-cache", hit ? "hit" : "miss"); // for operators and tests
  return response;
}

async function renderPage(url: URL, placeholder: string): Promise<CachedPage | null> {
  const response = await fetch(url, {
    headers: { accept: "text/html", [RENDER_HEADER]: placeholder },
    redirect: "manual",
    cache: "no-store",
  });
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.includes("text/html") || response.headers.has("set-cookie")) return null;
  const html = await response.text();
  const headers = [...response.headers].filter(([name]) => !UNCACHED_HEADERS.has(name.toLowerCase()));
  return { html, headers };
}

/** Forgets every cached page (tests, after editorial changes). */
export function clearPageCache(): void {
  state().pages.clear();
}
