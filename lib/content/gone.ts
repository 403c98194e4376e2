// Stories the newsroom took down answer 410 Gone at their URL. Next cannot answer 410 from a page, so
// proxy.ts asks here first. This module imports nothing of the database (the proxy is bundled apart from the
// app): the server registers the loader at start (instrumentation.ts), and the set it loads is kept on
// globalThis for GONE_TTL_MS — so a takedown on another instance is honoured here within that long.

const GONE_TTL_MS = 3_000;

type Loader = () => Promise<string[]>;
interface GoneState {
  loader?: Loader;
  slugs?: Promise<Set<string>>;
  loadedAt: number;
}

const globalForGone = globalThis as unknown as { newsstandGone?: GoneState };
const state = (): GoneState => (globalForGone.newsstandGone ??= { loadedAt: 0 });

export function registerGoneLoader(loader: Loader): void {
  state().loader = loader;
}

/** Whether the article at this slug was taken down. Without a loader (build, tests) nothing is gone. */
export async function isArticleGone(slug: string): Promise<boolean> {
  const s = state();
  if (!s.loader) return false;
  if (!s.slugs || Date.now() - s.loadedAt > GONE_TTL_MS) {
    s.loadedAt = Date.now();
    const loading = s.loader().then((list) => new Set(list));
    // A failed load is not cached: keep the previous answer, or assume nothing is gone, and retry next time.
    const previous = s.slugs;
    s.slugs = loading.catch((error: unknown) => {
      console.error("[gone] loading taken-down slugs failed", error);
      s.loadedAt = 0;
      return previous ?? new Set<string>();
    });
  }
  return (await s.slugs).has(slug);
}

/** Drops the loaded set so the next request reloads it (after a takedown or restore on this instance). */
export function forgetGoneArticles(): void {
  state().slugs = undefined;
}

/** Whether `pathname` is an article URL whose story was taken down. */
export async function isGonePath(pathname: string): Promise<boolean> {
  const raw = /^\/articles\/([^/]+)$/.exec(pathname)?.[1];
  if (!raw) return false;
  try {
    return await isArticleGone(decodeURIComponent(raw));
  } catch {
    return false; // a malformed escape is no slug of ours; the page answers it
  }
}

/** The 410 page: short, static, no script (it is answered before any React render). */
export function goneResponse(): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Story removed · Newsstand</title></head><body><main><h1>This story has been removed</h1><p>Our editors took this story down, and it is no longer available.</p><p><a href="/">Go to the Newsstand home page</a></p></main></body></html>`;
  return new Response(body, {
    status: 410,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
