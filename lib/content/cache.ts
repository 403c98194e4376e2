import "server-only";
import { LRUCache } from "lru-cache";

// Reader content is the same for everyone and changes slowly, so each process keeps query
// results for a short while. Who may read a body is never cached here: that is decided per request.
//
// Stale-while-revalidate: once an entry is FRESH_MS old, the next caller still gets it at once and
// one reload starts behind it. Without that, every request arriving while a popular key (the home
// page's rails) reloads waits for the database together — a latency spike every FRESH_MS under load.
// An entry nobody asked for within STALE_MS after that is dropped and loaded afresh on demand.

const FRESH_MS = 45_000;
const STALE_MS = 120_000;
/** After a failed background reload, keep serving the old value and try again this much later. */
const RETRY_MS = 5_000;

interface Entry {
  value: Promise<unknown>;
  freshUntil: number;
  reloading: boolean;
}

const globalForCache = globalThis as unknown as { newsstandContentCache?: LRUCache<string, Entry> };
const cache = (globalForCache.newsstandContentCache ??= new LRUCache<string, Entry>({
  max: 5_000,
  ttl: FRESH_MS + STALE_MS,
}));

/**
 * The cached result for `key`, loading it once when absent. Concurrent callers share one
 * in-flight promise, and a failure is forgotten at once so the next request retries.
 */
export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) {
    if (!hit.reloading && hit.freshUntil <= Date.now()) reloadBehind(key, hit, load);
    return hit.value as Promise<T>;
  }
  const entry: Entry = { value: load(), freshUntil: Date.now() + FRESH_MS, reloading: false };
  cache.set(key, entry);
  entry.value.catch(() => {
    if (cache.peek(key) === entry) cache.delete(key);
  });
  return entry.value as Promise<T>;
}

function reloadBehind<T>(key: string, stale: Entry, load: () => Promise<T>): void {
  stale.reloading = true;
  load().then(
    (value) => {
      // Only replace what we reloaded: a clear (or a newer load) in between wins.
      if (cache.peek(key) === stale) {
        cache.set(key, {
          value: Promise.resolve(value),
          freshUntil: Date.now() + FRESH_MS,
          reloading: false,
        });
      }
    },
    (error: unknown) => {
      console.error(`[content cache] reloading ${key} failed; serving the previous value`, error);
      stale.reloading = false;
      stale.freshUntil = Date.now() + RETRY_MS;
    },
  );
}

/** Forgets everything (tests, and editors' tools after a change). */
export function clearContentCache(): void {
  cache.clear();
}
