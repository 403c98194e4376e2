import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearPageCache, getCachedPage } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";

// The page cache against a real HTTP server standing in for the app's own render: one good page, and a 404
// for everything else. Issue 10, point 21: unknown slugs must not push a warm page out.

let server: Server;
let origin: string;
const renders = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    renders.set(path, (renders.get(path) ?? 0) + 1);
    const good = path === "/articles/a-good-story" || path === "/_newsstand/not-found";
    response.writeHead(path === "/articles/a-good-story" ? 200 : 404, { "content-type": "text/html" });
    response.end(good ? `<html><body>${path}</body></html>` : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) => getCachedPage(pageCacheKey(new URL(path, origin)) ?? "?", "n0nce", origin);

describe("page cache store", () => {
  it("keeps a warm page through thousands of unknown slugs, each rendered once", async () => {
    clearPageCache();
    expect((await get("/articles/a-good-story"))?.headers.get("x-page-cache")).toBe("miss");
    for (let i = 0; i < 2_000; i += 50) {
      const junk = await Promise.all(Array.from({ length: 50 }, (_, j) => get(`/articles/no-such-${i + j}`)));
      for (const response of junk) expect(response?.status).toBe(404);
    }
    expect((await get("/articles/no-such-7"))?.headers.get("x-page-cache")).toBe("hit");
    expect(renders.get("/articles/no-such-7")).toBe(1);
    const again = await get("/articles/a-good-story");
    expect(again?.headers.get("x-page-cache")).toBe("hit");
    expect(renders.get("/articles/a-good-story")).toBe(1);
  });

  it("answers every spelling of a slug from one entry", async () => {
    clearPageCache();
    renders.clear();
    for (const path of [
      "/articles/a-good-story",
      "/articles/a%2Dgood%2Dstory",
      "/articles/%61-good-story?x=1",
    ])
      expect((await get(path))?.status).toBe(200);
    expect(renders.get("/articles/a-good-story")).toBe(1);
  });

  it("forgets every page when the cache handler hears a purge", async () => {
    clearPageCache();
    await get("/articles/a-good-story");
    const { getSharedCache } = await import("@/lib/cache/cache-handler.js");
    await getSharedCache().handler.updateTags(["article:1"], { expire: 0 });
    expect((await get("/articles/a-good-story"))?.headers.get("x-page-cache")).toBe("miss");
  });

  it("puts the response's own nonce where the render had its placeholder", async () => {
    clearPageCache();
    const body = await (await get("/articles/a-good-story"))?.text();
    expect(body).toContain("/articles/a-good-story");
  });
});
