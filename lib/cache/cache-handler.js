// The one `"use cache"` handler (next.config.js `cacheHandlers.default`). Next loads it by path at run time, so
// it is plain JavaScript and reads its own two settings (REDIS_URL, REDIS_KEY_PREFIX).
//
// - Entries live in this process's memory, bounded by bytes; with REDIS_URL they are also written to Redis, so
//   another instance's render is a hit here (memory stays in front: a hit costs no round trip).
// - Tags: a purge records "expired at" per tag (as Next's own handler does); an entry older than a purge of any of
//   its tags is a miss. With Redis the record goes to a hash and is published so the others apply it at once; an
//   instance reads the whole hash when it (re)subscribes, and every second only while it cannot hear (redis-store.js).
// - Redis down: reads miss (the page renders from the database), writes are dropped, purges apply here at once
//   and reach Redis when it is back. Nothing waits on a dead Redis for longer than COMMAND_TIMEOUT_MS.
import { createTagBook } from "./tag-book.js";
import { createMemoryStore } from "./memory-store.js";
import { connectRedisStore } from "./redis-store.js";

const SHARED = Symbol.for("newsstand.cache");

/**
 * A cache: memory only, or memory in front of Redis at `redisUrl` (keys under `prefix`).
 * @param {{ redisUrl?: string, prefix?: string, memoryBytes?: number }} options
 */
export function createCache({ redisUrl, prefix = "newsstand:", memoryBytes = 64 * 1024 * 1024 } = {}) {
  const tags = createTagBook();
  const memory = createMemoryStore(memoryBytes);
  const redis = redisUrl ? connectRedisStore(redisUrl, prefix, tags) : undefined;
  const pendingSets = new Map();

  /** @param {{tags: string[], timestamp: number}} entry */
  const isPurged = (entry, softTags) =>
    tags.expiredSince(entry.tags, entry.timestamp) || tags.expiredSince(softTags, entry.timestamp);

  async function read(cacheKey) {
    const local = memory.get(cacheKey);
    if (local) return local;
    const remote = await redis?.get(cacheKey);
    if (remote) memory.set(cacheKey, remote);
    return remote;
  }

  /** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
  const handler = {
    async get(cacheKey, softTags) {
      await pendingSets.get(cacheKey);
      const stored = await read(cacheKey);
      if (!stored) return undefined;
      const { meta, value } = stored;
      // Past `revalidate` Next serves it once more and refreshes it behind; past `expire` it treats it as a miss.
      if (isPurged(meta, softTags)) return undefined;
      return { ...meta, value: new Blob([value]).stream() };
    },
    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const entry = await pendingEntry;
        // expire 0 marks a dynamic entry: Next re-renders it on every read anyway.
        if (entry.expire === 0) return;
        // A render that failed errors the stream: nothing is stored, the next request renders again.
        const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
        const { value: _stream, ...meta } = entry;
        memory.set(cacheKey, { meta, value }, { ttl: meta.expire * 1000 });
        redis?.set(cacheKey, { meta, value });
      } catch {
        // Dropped on purpose (see above).
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },
    async refreshTags() {
      await redis?.refreshTags();
    },
    async getExpiration(softTags) {
      return tags.latestExpiry(softTags);
    },
    async updateTags(purged, durations) {
      const updates = tags.expire(purged, durations?.expire);
      await redis?.publish(updates);
    },
  };
  return { handler, tags, memory, redis };
}

/** This process's cache (one per process, however many bundles load this file). */
export function getSharedCache() {
  const holder = /** @type {Record<symbol, ReturnType<typeof createCache>>} */ (globalThis);
  return (holder[SHARED] ??= createCache({
    redisUrl: process.env.REDIS_URL?.trim() || undefined,
    prefix: process.env.REDIS_KEY_PREFIX?.trim() || undefined,
  }));
}

export default getSharedCache().handler;
