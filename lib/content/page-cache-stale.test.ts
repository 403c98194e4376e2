import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answerFromPageCache, clearPageCache, RENDER_HEADER } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";

// An expired page: answered as it is while one render replaces it, never past twice its lifetime, and never
// after a purge. Against a real HTTP server standing in for the app's render, whose pages say which render
// made them. Settings are read once: the lifetime is set before they are.

vi.hoisted(() => {
  process.env.PAGE_CACHE_SECONDS = "1";
});

let server: Server;
let origin: string;
let renders = 0;
/** While set, renders wait for it: a render still under way. */
let held: Promise<void> | null = null;

beforeAll(async () => {
  server = createServer((request, response) => {
    renders += 1;
    const made = renders;
    const placeholder = String(request.headers[RENDER_HEADER] ?? "");
    void (held ?? Promise.resolve()).then(() => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<html><body>render ${made}<script nonce="${placeholder}"></script></body></html>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string) => {
  const answer = await answerFromPageCache(pageCacheKey(new URL(path, origin)) ?? "?", "n0nce", origin);
  return { cache: answer?.cache, body: answer ? new TextDecoder().decode(answer.body) : "" };
};

describe("an expired page", () => {
  it("is answered at once while one render replaces it", async () => {
    clearPageCache();
    expect(await get("/articles/a-story")).toMatchObject({
      cache: "miss",
      body: expect.stringContaining("render 1"),
    });
    await sleep(1_100);
    let release = () => undefined as void;
    held = new Promise((resolve) => (release = resolve));
    // Answered while the new render is still held back: had they waited for it, this would never resolve.
    const during = await Promise.all([
      get("/articles/a-story"),
      get("/articles/a-story"),
      get("/articles/a-story"),
    ]);
    for (const answer of during)
      expect(answer).toMatchObject({ cache: "stale", body: expect.stringContaining("render 1") });
    await vi.waitFor(() => expect(renders).toBe(2)); // one render for the three, and it is still held
    release();
    held = null;
    await vi.waitFor(async () =>
      expect(await get("/articles/a-story")).toMatchObject({
        cache: "hit",
        body: expect.stringContaining("render 2"),
      }),
    );
    expect(renders).toBe(2);
  });

  it("is not answered past twice its lifetime, nor after a purge", async () => {
    clearPageCache();
    await get("/articles/old-story");
    await sleep(2_200);
    expect((await get("/articles/old-story")).cache).toBe("miss");
    await sleep(1_100);
    clearPageCache();
    expect((await get("/articles/old-story")).cache).toBe("miss");
  });
});
