import { Redis } from "ioredis";

// The shared half of the cache when REDIS_URL is set: entries (one binary value each, metadata first) and the
// purge record (a hash: tag -> times), plus a channel on which purges are announced to the other instances.

const COMMAND_TIMEOUT_MS = 500;
/** How often an instance re-reads every purge while it cannot hear the announcements (its listener is away). */
const REFRESH_MS = 1_000;

export function connectRedisStore(url, prefix, tags) {
  const options = {
    // Fail fast while Redis is away: a miss renders from the database, which is slower but right.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  };
  const client = new Redis(url, options);
  const listener = new Redis(url, { ...options, commandTimeout: undefined });
  const entryKey = (cacheKey) => `${prefix}entry:${cacheKey}`;
  const tagsKey = `${prefix}tags`;
  const channel = `${prefix}purge`;
  /** Purges made here while Redis was away: written once it is back. */
  let unsent = {};
  let refreshedAt = 0;
  let refreshing;
  // Pub/sub delivers nothing sent while the listener was away, so the record is read once per subscription (what
  // was missed before it), and once a second only while there is none. Ids count subscriptions; 0 is "none".
  let subscription = 0;
  let subscriptions = 0;
  let readUnder = -1;

  const quiet = (what) => (error) => console.warn(`[cache] redis ${what} failed: ${error.message}`);
  client.on("error", () => {}); // reported per command; ioredis reconnects on its own
  listener.on("error", () => {});
  client.on("ready", () => {
    refreshedAt = 0;
    void flushUnsent();
  });
  listener.on("ready", () => {
    listener
      .subscribe(channel)
      .then(() => (subscription = ++subscriptions))
      .catch(quiet("subscribe"));
  });
  listener.on("close", () => (subscription = 0));
  listener.on("message", (_channel, message) => {
    try {
      tags.apply(JSON.parse(message));
    } catch {
      // Not ours.
    }
  });

  const ready = () => client.status === "ready";

  async function flushUnsent() {
    if (!ready() || Object.keys(unsent).length === 0) return;
    const updates = unsent;
    unsent = {};
    try {
      await send(updates);
    } catch (error) {
      unsent = { ...updates, ...unsent };
      quiet("purge")(error);
    }
  }

  async function send(updates) {
    const fields = Object.entries(updates).flatMap(([tag, times]) => [tag, JSON.stringify(times)]);
    await client
      .multi()
      .hset(tagsKey, ...fields)
      .publish(channel, JSON.stringify(updates))
      .exec();
  }

  return {
    async get(cacheKey) {
      if (!ready()) return undefined;
      try {
        const raw = await client.getBuffer(entryKey(cacheKey));
        if (!raw) return undefined;
        const metaLength = raw.readUInt32BE(0);
        const meta = JSON.parse(raw.subarray(4, 4 + metaLength).toString("utf8"));
        return { meta, value: new Uint8Array(raw.subarray(4 + metaLength)) };
      } catch (error) {
        quiet("read")(error);
        return undefined;
      }
    },
    set(cacheKey, { meta, value }) {
      if (!ready()) return;
      const head = Buffer.from(JSON.stringify(meta), "utf8");
      const length = Buffer.alloc(4);
      length.writeUInt32BE(head.length);
      const ttlMs = Math.max(1_000, Math.min(meta.expire, 86_400 * 30) * 1000);
      client.set(entryKey(cacheKey), Buffer.concat([length, head, value]), "PX", ttlMs).catch(quiet("write"));
    },
    async publish(updates) {
      unsent = { ...unsent, ...updates };
      await flushUnsent();
    },
    /** Reads every purge once per subscription, and at most once a second while not subscribed. */
    async refreshTags() {
      if (!ready()) return;
      if (subscription === 0 ? Date.now() - refreshedAt < REFRESH_MS : readUnder === subscription) return;
      const under = subscription;
      refreshing ??= client
        .hgetall(tagsKey)
        .then((all) => {
          refreshedAt = Date.now();
          readUnder = under;
          tags.apply(Object.fromEntries(Object.entries(all).map(([tag, times]) => [tag, JSON.parse(times)])));
        })
        .catch(quiet("refresh"))
        .finally(() => (refreshing = undefined));
      await refreshing;
    },
    isReady: ready,
    async quit() {
      await Promise.allSettled([client.quit(), listener.quit()]);
    },
  };
}
