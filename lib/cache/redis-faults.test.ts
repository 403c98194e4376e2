import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCache } from "./cache-handler.js";

// Redis going away and coming back, with a private redis-server of our own (the machine's shared one must stay
// up): reads miss at once instead of failing, purges made meanwhile apply locally and reach Redis on return, and
// the cache fills again.

let redis: ChildProcess | undefined;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startRedis(): Promise<void> {
  redis = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: "ignore",
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function stopRedis(): Promise<void> {
  if (!redis || redis.exitCode !== null) return;
  const exited = new Promise((resolve) => redis?.once("exit", resolve));
  redis.kill("SIGKILL");
  await exited;
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
});
afterAll(stopRedis);

function entry(text: string, tags: string[]) {
  return {
    value: new Blob([text]).stream(),
    tags,
    stale: 30,
    timestamp: Date.now() - 5,
    expire: 3_600,
    revalidate: 60,
  };
}

async function read(cache: ReturnType<typeof createCache>, key: string) {
  const found = await cache.handler.get(key, []);
  return found ? await new Response(found.value).text() : undefined;
}

describe("cache handler when Redis goes away", () => {
  it("keeps answering, purges locally, and catches the others up when Redis is back", async () => {
    const url = `redis://127.0.0.1:${port}`;
    const a = createCache({ redisUrl: url, prefix: "faults:", memoryBytes: 1024 * 1024 });
    const b = createCache({ redisUrl: url, prefix: "faults:", memoryBytes: 1024 * 1024 });
    try {
      await expect.poll(() => a.redis?.isReady() && b.redis?.isReady()).toBe(true);
      await a.handler.set("page", Promise.resolve(entry("before", ["article:1"])));
      await expect.poll(() => read(b, "page")).toBe("before");

      await stopRedis();
      await expect.poll(() => a.redis?.isReady()).toBe(false);
      // A key nobody has in memory: a miss, answered without Redis (the page renders from the database).
      expect(await read(a, "never-stored")).toBeUndefined();
      // A takedown while Redis is away: this instance stops serving the entry at once…
      await a.handler.updateTags(["article:1"], { expire: 0 });
      expect(await read(a, "page")).toBeUndefined();
      // …and a write meanwhile is dropped, not queued.
      await a.handler.set("during", Promise.resolve(entry("during", [])));

      await startRedis();
      await expect.poll(() => a.redis?.isReady() && b.redis?.isReady(), { timeout: 10_000 }).toBe(true);
      // The other instance hears the purge made while Redis was away (a republished, b re-reads the record).
      await expect
        .poll(
          async () => {
            await b.handler.refreshTags();
            return read(b, "page");
          },
          { timeout: 5_000 },
        )
        .toBeUndefined();
      await a.handler.set("after", Promise.resolve(entry("after", [])));
      await expect.poll(() => read(b, "after")).toBe("after");
    } finally {
      await Promise.all([a.redis?.quit(), b.redis?.quit()]);
    }
  });
});
