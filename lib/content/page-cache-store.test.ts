import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFromPageCache, clearPageCache, memberCopyKey, RENDER_HEADER } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";

// The page cache against a real HTTP server standing in for the app's own render: one good page, and a 404
// for everything else. Issue 10, point 21: unknown slugs must not push a warm page out.

let server: Server;
let origin: string;
const renders = new Map<string, number>();
/** The render header of each render, by path (the placeholder, with ".member" for a members' copy). */
const renderHeaders = new Map<string, string>();

/** A page the way the app renders one: its script carries the render's placeholder nonce. */
function pageWithNonce(path: string, header: string): string {
  const placeholder = header.replace(/\.member$/, "");
  return `<html><body>${path}<script nonce="${placeholder}"></script></body></html>`;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    const header = String(request.headers[RENDER_HEADER] ?? "");
    renders.set(path, (renders.get(path) ?? 0) + 1);
    renderHeaders.set(path, header);
    if (path.startsWith("/search")) {
      // A slow search render, so that several are under way at once.
      setTimeout(() => {
        response.writeHead(200, { "content-type": "text/html" });
        response.end(pageWithNonce(path, header));
      }, 300);
      return;
    }
    if (path === "/articles/someone-elses-render") {
      // Rendered by a server that does not know our placeholder (an INTERNAL_URL reaching another instance).
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<html><body>${path}<script nonce="theirs"></script></body></html>`);
      return;
    }
    const good = path === "/articles/a-good-story" || path === "/_newsstand/not-found";
    const placeholder = header.replace(/\.member$/, "");
    response.writeHead(path === "/articles/a-good-story" ? 200 : 404, {
      "content-type": "text/html",
      // As Next sends it: the stylesheet preloaded with the render's nonce.
      link: `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${placeholder}"`,
    });
    response.end(good ? pageWithNonce(path, header) : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) =>
  answerFromPageCache(pageCacheKey(new URL(path, origin)) ?? "?", "n0nce", origin);

describe("page cache store", () => {
  it("keeps a warm page through thousands of unknown slugs, each rendered once", async () => {
    clearPageCache();
    expect((await get("/articles/a-good-story"))?.cache).toBe("miss");
    for (let i = 0; i < 2_000; i += 50) {
      const junk = await Promise.all(Array.from({ length: 50 }, (_, j) => get(`/articles/no-such-${i + j}`)));
      for (const response of junk) expect(response?.status).toBe(404);
    }
    expect((await get("/articles/no-such-7"))?.cache).toBe("hit");
    expect(renders.get("/articles/no-such-7")).toBe(1);
    const again = await get("/articles/a-good-story");
    expect(again?.cache).toBe("hit");
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
    expect((await get("/articles/a-good-story"))?.cache).toBe("miss");
  });

  it("renders at most two searches (without JavaScript: with results) for the cache at once; one passed by is cached when asked again", async () => {
    clearPageCache();
    renders.clear();
    const busy = Promise.all([get("/search?q=one&noscript=1"), get("/search?q=two&noscript=1")]);
    // Asked while two renders are under way: left to Next (null), rendered for the cache only when asked again.
    expect(await get("/search?q=three&noscript=1")).toBeNull();
    expect(renders.get("/search?q=three&noscript=1")).toBeUndefined();
    const again = await get("/search?q=three&noscript=1");
    expect(again?.cache).toBe("miss");
    expect(renders.get("/search?q=three&noscript=1")).toBe(1);
    for (const response of await busy) expect(response?.cache).toBe("miss");
    expect((await get("/search?q=three&noscript=1"))?.cache).toBe("hit");
    // Nothing under way: a search asked for the first time is rendered for the cache, as before.
    expect((await get("/search?q=four&noscript=1"))?.cache).toBe("miss");
    expect((await get("/search?q=four&noscript=1"))?.cache).toBe("hit");
  });

  it("puts the response's own nonce where the render had its placeholder", async () => {
    clearPageCache();
    const answer = await get("/articles/a-good-story");
    const body = new TextDecoder().decode(answer?.body);
    expect(body).toContain("/articles/a-good-story");
    expect(body).toContain('<script nonce="n0nce">');
    // Headers too: the placeholder never leaves the server.
    expect(answer?.headers).toContainEqual(["link", expect.stringContaining('nonce="n0nce"')]);
    expect(JSON.stringify(answer?.headers)).not.toContain(renderHeaders.get("/articles/a-good-story"));
    // Compressed once when stored, with this response's nonce in it when asked for gzip.
    const key = pageCacheKey(new URL("/articles/a-good-story", origin)) ?? "?";
    const gzipped = await answerFromPageCache(key, "0ther", origin, "gzip");
    expect(gzipped).toMatchObject({ encoding: "gzip", cache: "hit" });
    expect(gunzipSync(gzipped?.body ?? new Uint8Array()).toString()).toBe(body.replaceAll("n0nce", "0ther"));
  });

  it("never stores a page rendered without its placeholder", async () => {
    clearPageCache();
    renders.clear();
    expect(await get("/articles/someone-elses-render")).toBeNull();
    expect(await get("/articles/someone-elses-render")).toBeNull();
    expect(renders.get("/articles/someone-elses-render")).toBe(2);
  });

  it("keeps the members' copy apart from the visitors' page, rendered as a members' copy", async () => {
    clearPageCache();
    renders.clear();
    const visitorKey = pageCacheKey(new URL("/articles/a-good-story", origin)) ?? "?";
    const memberKey = memberCopyKey(visitorKey);
    expect(memberKey).toBe("member:/articles/a-good-story");
    expect((await answerFromPageCache(visitorKey, "n0nce", origin))?.cache).toBe("miss");
    expect(renderHeaders.get("/articles/a-good-story")).not.toMatch(/\.member$/);
    expect((await answerFromPageCache(memberKey ?? "?", "n0nce", origin))?.cache).toBe("miss");
    expect(renderHeaders.get("/articles/a-good-story")).toMatch(/\.member$/);
    expect(renders.get("/articles/a-good-story")).toBe(2);
    expect((await answerFromPageCache(memberKey ?? "?", "n0nce", origin))?.cache).toBe("hit");
    // A member's 404 is rendered for them (the shared not-found page is the visitors'): nothing stored.
    expect(
      await answerFromPageCache(memberCopyKey("/articles/no-such-story") ?? "?", "n0nce", origin),
    ).toBeNull();
    expect(memberCopyKey("/")).toBe("member:/");
    expect(memberCopyKey("/search?q=x&noscript=1")).toBe("member:/search?q=x&noscript=1");
    expect(memberCopyKey("/search")).toBe("member:/search");
    expect(memberCopyKey("/_newsstand/not-found")).toBeNull();
  });
});
