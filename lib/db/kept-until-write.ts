import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "./client";
import { listenInProcess, type Database } from "./open";

// Answers kept in memory until a write could change them, where that is exact: when the database runs in this
// process (PGlite), a trigger's NOTIFY on `channel` (see drizzle/0016 and 0017) is handed to listenInProcess
// before the writing statement returns, so whichever code path wrote, the very next read loads afresh. On
// PostgreSQL (several instances, notifications that can be late or lost with their connection) nothing is kept
// and every call loads.

/** One listener per channel, however many stores keep answers under it. */
interface Channel {
  /** Every store kept under this channel: a notification clears them all. */
  stores: Set<{ clear(): void }>;
  /** The database listened to: tests and scripts may open a second one in a process. */
  db: Database | null;
  listening: Promise<boolean>;
  /** Bumped on every notification: a load that began before one must not be kept. */
  writes: number;
}

const channels = new Map<string, Channel>();

function forget(channel: Channel): void {
  channel.writes += 1;
  for (const store of channel.stores) store.clear();
}

/** Makes `channel` listen on `db` (once per database). */
function listenOn(name: string, channel: Channel, db: Database): void {
  if (channel.db === db) return;
  forget(channel); // what was kept came from another database
  channel.db = db;
  channel.listening = listenInProcess(db, name, () => forget(channel)).catch((error: unknown) => {
    console.error(`${name}: cannot listen for writes; loading every time`, error);
    return false;
  });
}

export interface KeptUntilWrite<T extends object> {
  /** The kept answer for `key`, or `load()`'s (kept unless a write committed while it ran; null is not kept). */
  get<R extends T | null>(key: string, load: () => Promise<R>): Promise<R | T>;
}

/**
 * `max` answers at most; `ttlMs`, where an answer also depends on what no trigger reports (the clock, a
 * figure recomputed in bulk), bounds how old one may be.
 */
export function keptUntilWrite<T extends object>(
  name: string,
  options: { max: number; ttlMs?: number },
): KeptUntilWrite<T> {
  const values = new LRUCache<string, T>({ max: options.max, ttl: options.ttlMs });
  const channel = channels.get(name) ?? {
    stores: new Set(),
    db: null,
    listening: Promise.resolve(false),
    writes: 0,
  };
  channels.set(name, channel);
  channel.stores.add(values);

  return {
    async get(key, load) {
      listenOn(name, channel, await getDb());
      if (!(await channel.listening)) return load();
      const known = values.get(key);
      if (known) return known;
      const writesBefore = channel.writes;
      const value = await load();
      if (value && channel.writes === writesBefore) values.set(key, value);
      return value;
    },
  };
}
