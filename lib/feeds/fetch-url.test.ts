import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUrl, parseRetryAfter, type FetchOptions } from "./fetch-url";
import { nonPublicRange } from "./net-guard";
import { send, startFeedServer, type FeedServer } from "./testing/feed-server";

// The guarded fetch against a loopback server; only that server's own host:port may be private here.

let server: FeedServer;
let other: FeedServer;
beforeAll(async () => {
  [server, other] = [await startFeedServer(), await startFeedServer()];
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const options = (overrides: Partial<FetchOptions> = {}): FetchOptions => ({
  accept: "*/*",
  maxBytes: 100_000,
  timeoutMs: 3_000,
  maxRedirects: 3,
  allowPrivate: (url) => url.host === server.host,
  userAgent: "test",
  ...overrides,
});

describe("fetchUrl", () => {
  it("refuses loopback, private, link-local and metadata addresses", async () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "192.168.0.1",
      "172.16.0.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "::ffff:127.0.0.1",
    ])
      expect(nonPublicRange(address)).not.toBeNull();
    expect(nonPublicRange("93.184.216.34")).toBeNull();
    await expect(fetchUrl(`${other.origin}/x`, options())).rejects.toThrow(/refused: 127\.0\.0\.1/);
    await expect(fetchUrl("http://localhost:9/x", options())).rejects.toThrow(
      /refused: localhost resolves to/,
    );
    await expect(fetchUrl("http://169.254.169.254/latest/meta-data", options())).rejects.toThrow(/linkLocal/);
  });

  it("checks every redirect: an allowed feed that redirects to 127.0.0.1 is refused", async () => {
    other.route("/secret", send("internal"));
    server.route("/hop", (_req, res) => res.writeHead(302, { location: `${other.origin}/secret` }).end());
    await expect(fetchUrl(`${server.origin}/hop`, options())).rejects.toThrow(/refused/);
    expect(other.hits("/secret")).toBe(0);
  });

  it("follows at most maxRedirects", async () => {
    server.route("/loop", (_req, res) => res.writeHead(301, { location: "/loop" }).end());
    await expect(fetchUrl(`${server.origin}/loop`, options())).rejects.toThrow(/more than 3 redirects/);
    expect(server.hits("/loop")).toBe(4);
  });

  it("caps the body, declared or streamed, and gzip-inflated", async () => {
    server.route("/big", send("x".repeat(200_000)));
    await expect(fetchUrl(`${server.origin}/big`, options())).rejects.toThrow(/larger than/);
    server.route("/chunked", (_req, res) => {
      res.writeHead(200, { "content-type": "text/xml" });
      for (let i = 0; i < 50; i++) res.write("y".repeat(10_000));
      res.end();
    });
    await expect(fetchUrl(`${server.origin}/chunked`, options())).rejects.toThrow(/larger than/);
    const { gzipSync } = await import("node:zlib");
    server.route(
      "/bomb",
      send(gzipSync(Buffer.alloc(5_000_000)), "text/xml", { "content-encoding": "gzip" }),
    );
    await expect(fetchUrl(`${server.origin}/bomb`, options())).rejects.toThrow(/larger than/);
  });

  it("gives up on a server that trickles one byte a second", async () => {
    server.route("/trickle", (_req, res) => {
      res.writeHead(200, { "content-type": "text/xml" });
      const timer = setInterval(() => res.write("<"), 1000);
      res.on("close", () => clearInterval(timer));
    });
    await expect(fetchUrl(`${server.origin}/trickle`, options({ timeoutMs: 1500 }))).rejects.toThrow(
      /timed out/,
    );
  });

  it("makes conditional requests and reports Retry-After and max-age", async () => {
    server.route("/cond", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, {
        etag: '"v1"',
        "last-modified": "Tue, 01 Dec 2026 00:00:00 GMT",
        "cache-control": "max-age=600",
      });
      res.end("<rss/>");
    });
    const first = await fetchUrl(`${server.origin}/cond`, options());
    expect(first).toMatchObject({ kind: "ok", etag: '"v1"', maxAgeSeconds: 600 });
    expect(await fetchUrl(`${server.origin}/cond`, options({ etag: '"v1"' }))).toMatchObject({
      kind: "not-modified",
    });
    server.route("/busy", (_req, res) => res.writeHead(503, { "retry-after": "120" }).end());
    await expect(fetchUrl(`${server.origin}/busy`, options())).rejects.toMatchObject({
      message: expect.stringMatching(/HTTP 503/),
      retryAfterSeconds: 120,
    });
    expect(parseRetryAfter("Tue, 01 Dec 2026 00:01:00 GMT", Date.parse("2026-12-01T00:00:00Z"))).toBe(60);
  });
});
