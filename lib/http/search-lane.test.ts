import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answerSearch } from "@/lib/content/search-answer";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle } from "@/lib/testing/factories/content";
import { answerSearchLane, isSearchRequest } from "./search-lane";

// GET /api/search on a real HTTP server, answered by the lane as server-hooks.ts wires it. Answers are kept, as in
// production (settings are read once: the cache is on before they are).
vi.hoisted(() => {
  process.env.PAGE_CACHE_SECONDS = "30";
});

setUpTestDatabase();

function getGzipped(path: string): Promise<{ encoding?: string; cache?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    void import("node:http").then(({ get }) =>
      get(`${base}${path}`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            encoding: response.headers["content-encoding"],
            cache: String(response.headers["x-search-cache"]),
            body: Buffer.concat(chunks),
          }),
        );
      }).on("error", reject),
    );
  });
}

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (isSearchRequest(request)) void answerSearchLane(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the search lane", () => {
  it("takes /api/search and nothing else", () => {
    const asked = (url: string) => isSearchRequest({ url } as never);
    expect(asked("/api/search")).toBe(true);
    expect(asked("/api/search?q=x")).toBe(true);
    expect(asked("/api/searches")).toBe(false);
    expect(asked("/api/search/x")).toBe(false);
    expect(asked("/search?q=x")).toBe(false);
  });

  it("answers JSON with the site's headers, gzipped when asked, and HEAD without a body", async () => {
    for (let n = 0; n < 8; n++) await createArticle({ headline: `Brackenfold weir repaired, part ${n}` });
    const plain = await fetch(`${base}/api/search?q=brackenfold`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("application/json");
    expect(plain.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    const answer = (await plain.json()) as { items: unknown[] };
    expect(answer.items).toHaveLength(8);

    const raw = await getGzipped("/api/search?q=brackenfold");
    expect(raw.encoding).toBe("gzip");
    expect(JSON.parse(gunzipSync(raw.body).toString())).toEqual(answer);

    const head = await fetch(`${base}/api/search?q=brackenfold`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("keeps a search's gzipped bytes with its answer and sends them again for the same search", async () => {
    for (let n = 0; n < 8; n++) await createArticle({ headline: `Corriemoor sluice rebuilt, part ${n}` });
    const first = await getGzipped("/api/search?q=corriemoor");
    expect(first).toMatchObject({ encoding: "gzip", cache: "miss" });
    const kept = await answerSearch(new URLSearchParams("q=corriemoor"));
    expect(kept.cache).toBe("hit");
    expect(Buffer.from(kept.gzipped ?? []).equals(first.body)).toBe(true);
    const again = await getGzipped("/api/search?utm_source=mail&q=corriemoor");
    expect(again).toMatchObject({ encoding: "gzip", cache: "hit" });
    expect(JSON.parse(gunzipSync(again.body).toString())).toEqual(JSON.parse(kept.json));
  });

  it("refuses anything but GET and HEAD, with a JSON error", async () => {
    const post = await fetch(`${base}/api/search?q=x`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect(await post.json()).toEqual({ error: "GET only" });
  });
});
