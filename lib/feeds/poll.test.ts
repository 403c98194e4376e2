import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { settings } from "@/lib/config/settings";
import { listArticleRevisions, listTitleArticles } from "@/lib/db/queries/feed-articles";
import { findFeedTarget, setTitleFeed } from "@/lib/db/queries/feeds";
import { createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { pollFeed } from "./poll";
import { item, rss, send, startFeedServer, type FeedServer } from "./testing/feed-server";

// Polling real feeds from a loopback server into the database (PGlite or PostgreSQL), hostile ones included.

setUpTestDatabase();
let server: FeedServer;
let other: FeedServer;
const mutable = settings as unknown as Record<string, unknown>;
const saved = { ...settings };
let warn: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  [server, other] = [await startFeedServer(), await startFeedServer()];
  Object.assign(mutable, {
    FEEDS_PRIVATE_HOSTS: [server.host], // only the test server: "other" stands for an internal service
    FEEDS_HOST_GAP_MS: 0,
    FEEDS_TIMEOUT_SECONDS: 2,
    FEEDS_PAUSE_AFTER_FAILURES: 3,
    DATA_DIR: await mkdtemp(path.join(tmpdir(), "newsstand-feeds-")),
  });
  for (const slug of ["world", "sport", "uk"]) await createTopic({ slug, name: slug });
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(async () => {
  Object.assign(mutable, saved);
  warn.mockRestore();
  await server.close();
  await other.close();
});

async function titleWithFeed(feedPath: string) {
  const publisher = await createPublisher();
  await setTitleFeed(publisher.slug, `${server.origin}${feedPath}`);
  return publisher;
}

const story = (n: number, extra: Record<string, string> = {}) =>
  item({
    guid: `story-${n}`,
    title: `Story ${n}`,
    link: `https://news.example.test/${n}`,
    description: `Summary ${n}`,
    "content:encoded": `<![CDATA[<p>First ${n}.</p><p>Second.</p><p>Third.</p>]]>`,
    pubDate: "Mon, 30 Nov 2026 10:00:00 GMT",
    ...extra,
  });

describe("pollFeed", () => {
  it("stores new items, answers a repeat with 304, and updates a changed item keeping its history", async () => {
    let version = 1;
    server.route("/good.xml", (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
      const second = version === 1 ? story(2) : story(2, { title: "Story 2, corrected" });
      res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(rss(story(1) + second));
    });
    const title = await titleWithFeed("/good.xml");
    expect(await pollFeed(title.id)).toMatchObject({ status: "stored", items: 2, added: 2, updated: 0 });
    expect(await pollFeed(title.id)).toMatchObject({ status: "not-modified" });
    const before = await listTitleArticles(title.id);
    version = 2;
    expect(await pollFeed(title.id)).toMatchObject({ status: "stored", added: 0, updated: 1 });
    const after = await listTitleArticles(title.id);
    const corrected = after.find((a) => a.key === "guid:story-2");
    const original = before.find((a) => a.key === "guid:story-2");
    expect(corrected).toMatchObject({
      headline: "Story 2, corrected",
      id: original?.id,
      slug: original?.slug,
    });
    expect(corrected?.publishedAt).toEqual(original?.publishedAt);
    expect((await listArticleRevisions(corrected?.id ?? 0)).map((r) => r.headline)).toEqual(["Story 2"]);
  });

  it("keeps the same URL from two titles as two articles, and collapses duplicate GUIDs", async () => {
    const twice = rss(story(7) + story(7, { title: "Duplicate GUID" }) + story(8));
    server.route("/shared.xml", send(twice));
    const [a, b] = [await titleWithFeed("/shared.xml"), await titleWithFeed("/shared.xml")];
    expect(await pollFeed(a.id)).toMatchObject({ items: 2, added: 2 });
    expect(await pollFeed(b.id)).toMatchObject({ items: 2, added: 2 });
    expect((await listTitleArticles(a.id)).map((x) => x.headline).sort()).toEqual(["Story 7", "Story 8"]);
  });

  it("shows a partial feed's items as excerpts with their source link", async () => {
    server.route(
      "/partial.xml",
      send(
        rss(
          item({ guid: "p1", title: "Excerpt", link: "https://src.test/p1", description: "Only this much." }),
        ),
      ),
    );
    const title = await titleWithFeed("/partial.xml");
    await pollFeed(title.id);
    const [article] = await listTitleArticles(title.id);
    expect(article).toMatchObject({
      partial: true,
      canonicalUrl: "https://src.test/p1",
      bodyHtml: "<p>Only this much.</p>",
    });
  });

  it("survives hostile feeds: each fails on its own with its error recorded, the others are stored clean", async () => {
    const evil = `<![CDATA[<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>]]>`;
    server.route(
      "/evil.xml",
      send(
        rss(
          item({
            guid: evil,
            title: evil,
            link: "javascript:alert(1)",
            description: evil,
            "content:encoded": evil,
            category: evil,
            author: evil,
          }),
        ),
      ),
    );
    server.route("/malformed.xml", send("<rss><channel><item><title>broken"));
    server.route(
      "/laughs.xml",
      send(
        `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>`,
      ),
    );
    server.route(
      "/xxe.xml",
      send(
        `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`,
      ),
    );
    server.route("/huge.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once("drain", pump);
      };
      res.on("close", () => (sent = 50));
      pump();
    });
    server.route("/trickle.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const timer = setInterval(() => res.write(" "), 1000);
      res.on("close", () => clearInterval(timer));
    });
    other.route("/internal.xml", send(rss(story(99))));
    server.route("/redirect.xml", (_req, res) =>
      res.writeHead(302, { location: `${other.origin}/internal.xml` }).end(),
    );
    server.route("/fine.xml", send(rss(story(1))));
    const names = ["evil", "malformed", "laughs", "xxe", "huge", "trickle", "redirect", "fine"];
    const titles = await Promise.all(names.map((name) => titleWithFeed(`/${name}.xml`)));
    const reports = await Promise.all(titles.map((t) => pollFeed(t.id)));
    const byName = Object.fromEntries(names.map((name, i) => [name, reports[i]]));
    expect(byName.fine).toMatchObject({ status: "stored", added: 1 });
    expect(byName.evil).toMatchObject({ status: "stored", added: 1 });
    expect(byName.malformed).toMatchObject({ status: "failed", error: expect.stringMatching(/not a feed/) });
    expect(byName.laughs).toMatchObject({ status: "failed", error: expect.stringMatching(/entities/) });
    expect(byName.xxe).toMatchObject({ status: "failed", error: expect.stringMatching(/entities/) });
    expect(byName.huge).toMatchObject({ status: "failed", error: expect.stringMatching(/larger than/) });
    expect(byName.trickle).toMatchObject({ status: "failed", error: expect.stringMatching(/timed out/) });
    expect(byName.redirect).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/refused: 127\.0\.0\.1/),
    });
    expect(other.hits("/internal.xml")).toBe(0);
    const malformed = await findFeedTarget({ publisherId: titles[1]?.id ?? 0 });
    expect(malformed?.state).toMatchObject({
      consecutiveFailures: 1,
      lastError: expect.stringMatching(/not a feed/),
    });
    // Everything a reader can be shown (the identity key is never rendered).
    const stored = JSON.stringify(
      (await listTitleArticles(titles[0]?.id ?? 0)).map(({ key: _key, ...shown }) => shown),
    );
    for (const bad of ["<script", "onerror", "javascript:", "<img"]) expect(stored).not.toContain(bad);
  });

  it("stores 10,000 items in one poll", async () => {
    server.route("/many.xml", send(rss(Array.from({ length: 10_000 }, (_, n) => story(n)).join(""))));
    const title = await titleWithFeed("/many.xml");
    const progress: number[] = [];
    const report = await pollFeed(title.id, { onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ status: "stored", items: 10_000, added: 10_000 });
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(5);
  }, 120_000);

  it("backs off after failures and pauses the feed after three in a row, keeping the last error", async () => {
    server.route("/down.xml", (_req, res) => res.writeHead(503, { "retry-after": "7200" }).end());
    const title = await titleWithFeed("/down.xml");
    for (let i = 0; i < 3; i++)
      expect(await pollFeed(title.id, { force: true })).toMatchObject({ status: "failed" });
    const { state } = (await findFeedTarget({ publisherId: title.id })) ?? {};
    expect(state).toMatchObject({
      consecutiveFailures: 3,
      pausedAt: expect.any(Date),
      lastError: "HTTP 503 from " + server.host,
    });
    expect((state?.nextPollAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(7000 * 1000); // Retry-After honoured
    const hits = server.hits("/down.xml");
    expect(await pollFeed(title.id)).toMatchObject({ status: "paused", error: expect.stringMatching(/503/) });
    expect(server.hits("/down.xml")).toBe(hits);
  });

  it("fetches an item's image once, re-encoded and stored locally; an 'image' that is HTML is dropped", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();
    server.route("/photo.png", send(png, "image/png"));
    server.route("/fake.jpg", send("<html><script>alert(1)</script></html>", "image/jpeg"));
    const enclosure = (file: string) =>
      `<enclosure url="${server.origin}/${file}" type="image/jpeg" length="1"/><media:content url="${server.origin}/${file}" medium="image"><media:description>Red &lt;b&gt;square&lt;/b&gt; in ${file}</media:description></media:content>`;
    const withImage = (n: number, file: string) => story(n).replace("</item>", `${enclosure(file)}</item>`);
    server.route(
      "/images.xml",
      send(rss(withImage(1, "photo.png") + withImage(2, "photo.png") + withImage(3, "fake.jpg"))),
    );
    const title = await titleWithFeed("/images.xml");
    await pollFeed(title.id);
    const articles = await listTitleArticles(title.id);
    const hero = (key: string) => articles.find((a) => a.key === key)?.heroImageUrl;
    expect(hero("guid:story-1")).toMatch(/^\/media\/[a-f0-9]{40}\.webp$/);
    expect(hero("guid:story-2")).toBe(hero("guid:story-1"));
    expect(hero("guid:story-3")).toBeNull();
    expect(articles.find((a) => a.key === "guid:story-1")?.heroImageCaption).toBe("Red square in photo.png");
    expect(server.hits("/photo.png")).toBe(1);
    const files = await readdir(path.join(String(mutable.DATA_DIR), "media"));
    expect(files).toEqual([hero("guid:story-1")?.replace("/media/", "")]);
    const meta = await sharp(path.join(String(mutable.DATA_DIR), "media", files[0] ?? "")).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 40, height: 30 });
  });
});
