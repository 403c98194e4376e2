import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestStories, startWire, type Wire } from "../src/server";

// The wire over HTTP: feeds that parse as RSS, new stories as time passes, conditional GET, real PNG images.

let clock = Date.UTC(2026, 11, 1, 12);
let wire: Wire;
beforeAll(async () => {
  wire = await startWire({ port: 0, intervalMs: 10 * 60_000, now: () => clock });
});
afterAll(async () => wire.close());

describe("feed wire", () => {
  it("tells each story in one voice: headline, standfirst, body and caption share the place and person", () => {
    const [story] = latestStories("harbourside-ledger", clock, 10 * 60_000, 1);
    expect(story?.headline).toContain("Harbourside");
    expect(story?.caption).toContain("Harbourside");
    const surname = story?.paragraphs.join(" ").match(/(\w+) said/)?.[1];
    expect(story?.paragraphs.join(" ")).toMatch(new RegExp(`[A-Z][a-z]+ ${surname}`));
  });

  it("serves RSS with new stories over time and answers 304 when nothing is new", async () => {
    const url = `${wire.url}/titles/harbourside-ledger/feed.xml`;
    const first = await fetch(url);
    const xml = await first.text();
    expect(first.headers.get("content-type")).toMatch(/rss\+xml/);
    expect(xml.match(/<item>/g)).toHaveLength(8);
    const etag = first.headers.get("etag") ?? "";
    expect((await fetch(url, { headers: { "if-none-match": etag } })).status).toBe(304);
    clock += 10 * 60_000;
    const later = await fetch(url, { headers: { "if-none-match": etag } });
    expect(later.status).toBe(200);
    const newest = /<guid[^>]*>([^<]+)<\/guid>/.exec(await later.text())?.[1];
    expect(xml).not.toContain(newest);
  });

  it("serves a PNG for a story's image and 404 for anything else", async () => {
    const png = await fetch(`${wire.url}/titles/harbourside-ledger/3.png`);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect((await fetch(`${wire.url}/titles/../etc/passwd`)).status).toBe(404);
  });
});
