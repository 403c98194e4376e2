import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createCache } from "./cache-handler.js";

// The `"use cache"` handler with real stores: memory, and memory in front of a real Redis (REDIS_URL, else the
// machine's 127.0.0.1:6379; .ci/run starts one). Two caches on one Redis stand for two instances.

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `newsstand-test:${process.pid}:${Date.now()}:`;
const opened: ReturnType<typeof createCache>[] = [];

function open(withRedis: boolean) {
  const cache = createCache(withRedis ? { redisUrl, prefix } : {});
  opened.push(cache);
  return cache;
}

afterAll(async () => {
  await Promise.all(opened.map((cache) => cache.redis?.quit()));
});

function entry(text: string, tags: string[], timestamp = Date.now()) {
  return {
    value: new Blob([text]).stream(),
    tags,
    stale: 30,
    timestamp,
    expire: 3_600,
    revalidate: 60,
  };
}

async function read(cache: ReturnType<typeof createCache>, key: string): Promise<string | undefined> {
  const found = await cache.handler.get(key, []);
  return found ? await new Response(found.value).text() : undefined;
}

async function ready(cache: ReturnType<typeof createCache>) {
  await expect.poll(() => cache.redis?.isReady()).toBe(true);
}

describe("cache handler, in memory", () => {
  it("answers what was stored until one of its tags is purged", async () => {
    const cache = open(false);
    await cache.handler.set("k", Promise.resolve(entry("hello", ["article:1", "article-lists"])));
    expect(await read(cache, "k")).toBe("hello");
    await cache.handler.updateTags(["article:2"], { expire: 0 });
    expect(await read(cache, "k")).toBe("hello");
    await cache.handler.updateTags(["article:1"], { expire: 0 });
    expect(await read(cache, "k")).toBeUndefined();
  });

  it("never stores a render that failed", async () => {
    const cache = open(false);
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("half a page"));
        controller.error(new Error("render failed"));
      },
    });
    await cache.handler.set("broken", Promise.resolve({ ...entry("", []), value: failing }));
    expect(await read(cache, "broken")).toBeUndefined();
  });

  it("tells purge listeners which tags were purged", async () => {
    const cache = open(false);
    const heard: string[][] = [];
    cache.tags.onPurge((tags: string[]) => heard.push(tags));
    await cache.handler.updateTags(["picks"], { expire: 0 });
    expect(heard).toEqual([["picks"]]);
  });
});

describe("cache handler, shared through Redis", () => {
  it("lets a second instance read what the first rendered", async () => {
    const [a, b] = [open(true), open(true)];
    await Promise.all([ready(a), ready(b)]);
    await a.handler.set("shared", Promise.resolve(entry("from A", ["article:7"])));
    await expect.poll(() => read(b, "shared")).toBe("from A");
  });

  it("carries a purge on one instance to the other's memory within a second", async () => {
    const [a, b] = [open(true), open(true)];
    await Promise.all([ready(a), ready(b)]);
    await b.handler.set("purged", Promise.resolve(entry("old", ["article:8"], Date.now() - 10)));
    expect(await read(b, "purged")).toBe("old");
    await a.handler.updateTags(["article:8"], { expire: 0 });
    await expect.poll(() => read(b, "purged"), { timeout: 1_000 }).toBeUndefined();
  });

  it("hears purges it missed when it re-reads the record (a new instance)", async () => {
    const a = open(true);
    await ready(a);
    await a.handler.updateTags(["article:9"], { expire: 0 });
    const late = open(true);
    await ready(late);
    await late.handler.refreshTags();
    expect(await late.handler.getExpiration(["article:9"])).toBeGreaterThan(0);
  });

  it("reads the purge record once while it hears announcements, not on every request", async () => {
    const [a, b] = [open(true), open(true)];
    await Promise.all([ready(a), ready(b)]);
    // b hears a's announcement, so it is subscribed; its first refresh reads the record.
    await a.handler.updateTags(["article:10"], { expire: 0 });
    await expect.poll(() => b.handler.getExpiration(["article:10"])).toBeGreaterThan(0);
    await b.handler.refreshTags();
    // A record written without an announcement is not read again while b is subscribed (no polling).
    const raw = new Redis(redisUrl);
    try {
      await raw.hset(
        `${prefix}tags`,
        "article:11",
        JSON.stringify({ expired: Date.now(), stale: Date.now() }),
      );
    } finally {
      raw.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await b.handler.refreshTags();
    expect(await b.handler.getExpiration(["article:11"])).toBe(0);
  });
});
