import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "./client";
import { listenInProcess, type Database } from "./open";

// Answers kept in memory until a write could change them, where that is exact: when the database runs in this
// process (PGlite), a trigger's NOTIFY on `channel` (see drizzle/0016 and 0017) is handed to listenInProcess
// before the writing statement returns, so whichever code path wrote, the very next read loads afresh. On
// PostgreSQL (several instances, notifications that can be late or lost with their connection) nothing is kept
// and every call loads.

interface Memory<T extends object> {
  db: Database;
  listening: Promise<boolean>;
  values: LRUCache<string, T>;
  /** Bumped on every notification: a load that began before one must not be kept. */
  writes: number;
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
  channel: string,
  options: { max: number; ttlMs?: number },
): KeptUntilWrite<T> {
  let memory: Memory<T> | null = null;

  // Tests and scripts may open a second database in one process: the memory belongs to one.
  function memoryFor(db: Database): Memory<T> {
    if (memory?.db === db) return memory;
    const fresh: Memory<T> = {
      db,
      values: new LRUCache<string, T>({ max: options.max, ttl: options.ttlMs }),
      writes: 0,
      listening: Promise.resolve(false),
    };
    fresh.listening = listenInProcess(db, channel, () => {
      fresh.writes += 1;
      fresh.values.clear();
    }).catch((error: unknown) => {
      console.error(`${channel}: cannot listen for writes; loading every time`, error);
      return false;
    });
    memory = fresh;
    return fresh;
  }

  return {
    async get(key, load) {
      const kept = memoryFor(await getDb());
      if (!(await kept.listening)) return load();
      const known = kept.values.get(key);
      if (known) return known;
      const writesBefore = kept.writes;
      const value = await load();
      if (value && kept.writes === writesBefore) kept.values.set(key, value);
      return value;
    },
  };
}
