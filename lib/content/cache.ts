import "server-only";
import { LRUCache } from "lru-cache";

// Reader content is the same for everyone and changes slowly, so each process keeps query
// results for a short while. Who may read a body is never cached here: that is decided per request.

const TTL_MS = 45_000;

const globalForCache = globalThis as unknown as { newsstandContentCache?: LRUCache<string, Promise<unknown>> };
const cache = (globalForCache.newsstandContentCache ??= new LRUCache<string, Promise<unknown>>({
  max: 5_000,
  ttl: TTL_MS,
}));

/**
 * The cached result for `key`, loading it once when absent. Concurrent callers share one
 * in-flight promise, and a failure is forgotten at once so the next request retries.
 */
export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit as Promise<T>;
  const pending = load();
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

/** Forgets everything (tests, and editors' tools after a change). */
export function clearContentCache(): void {
  cache.clear();
}
