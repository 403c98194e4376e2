import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { storyFor, type Story } from "./stories";

// The local feed wire: an RSS 2.0 feed per title at /titles/<slug>/feed.xml. Each title publishes a story every
// `intervalMs`, at its own offset, so across the sample titles news arrives every few seconds; a feed lists the
// latest `perFeed` stories. Conditional GET (ETag, Last-Modified) as a real publisher's server would.

export interface WireOptions {
  port?: number;
  host?: string;
  intervalMs?: number;
  perFeed?: number;
  /** The wire's clock (tests move it). */
  now?: () => number;
}

export interface Wire {
  url: string;
  close: () => Promise<void>;
}

const EPOCH = Date.UTC(2026, 0, 1);
const SLUG = /^[a-z0-9][a-z0-9-]{0,100}$/;
const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

function offsetOf(slug: string, intervalMs: number): number {
  let h = 0;
  for (const c of slug) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % intervalMs;
}

/** The latest stories of a title at time `now`, newest first. */
export function latestStories(slug: string, now: number, intervalMs: number, count: number): Story[] {
  const offset = offsetOf(slug, intervalMs);
  const latest = Math.floor((now - EPOCH - offset) / intervalMs);
  const stories: Story[] = [];
  for (let i = latest; i > latest - count && i >= 0; i--)
    stories.push(storyFor(slug, i, new Date(EPOCH + offset + i * intervalMs)));
  return stories;
}

function renderFeed(origin: string, slug: string, stories: Story[]): string {
  const items = stories.map((story, position) => {
    const index = story.guid.split(":").at(-1);
    const image =
      position < 2
        ? `<enclosure url="${origin}/titles/${slug}/${index}.png" type="image/png" length="0"/><media:content url="${origin}/titles/${slug}/${index}.png" medium="image"><media:description>${escape(story.caption)}</media:description></media:content>`
        : "";
    const body = story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("");
    return `<item><guid isPermaLink="false">${story.guid}</guid><title>${escape(story.headline)}</title><link>${origin}/titles/${slug}/stories/${index}</link><description>${escape(story.standfirst)}</description><content:encoded><![CDATA[${body}]]></content:encoded><category>${story.category}</category><pubDate>${story.publishedAt.toUTCString()}</pubDate>${image}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${escape(slug)} (local wire)</title><link>${origin}/titles/${slug}/</link><description>Fictional stories from the local feed wire</description>${items.join("")}</channel></rss>`;
}

/** A simple abstract picture for a story, different for each. */
async function renderImage(slug: string, index: number): Promise<Buffer> {
  let h = index + 1;
  for (const c of slug) h = (h * 33 + c.charCodeAt(0)) >>> 0;
  const hue = h % 360;
  const circles = Array.from({ length: 5 }, (_, i) => {
    const x = (h >>> (i * 3)) % 960;
    const y = (h >>> (i * 2 + 5)) % 540;
    return `<circle cx="${x}" cy="${y}" r="${60 + ((h >>> i) % 120)}" fill="hsl(${(hue + i * 40) % 360},60%,55%)" opacity="0.7"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><rect width="960" height="540" fill="hsl(${hue},40%,25%)"/>${circles}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function startWire(options: WireOptions = {}): Promise<Wire> {
  const intervalMs = options.intervalMs ?? 20 * 60_000;
  const perFeed = options.perFeed ?? 8;
  const now = options.now ?? Date.now;
  let origin = "";
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const feed = /^\/titles\/([^/]+)\/feed\.xml$/.exec(path);
    const image = /^\/titles\/([^/]+)\/(\d+)\.png$/.exec(path);
    if (path === "/health") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (feed?.[1] && SLUG.test(feed[1])) {
      const stories = latestStories(feed[1], now(), intervalMs, perFeed);
      const etag = `"${stories[0]?.guid ?? "empty"}"`;
      const lastModified = (stories[0]?.publishedAt ?? new Date(EPOCH)).toUTCString();
      const headers = { etag, "last-modified": lastModified, "cache-control": "max-age=60" };
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, headers).end();
      res.writeHead(200, { ...headers, "content-type": "application/rss+xml; charset=utf-8" });
      return void res.end(renderFeed(origin, feed[1], stories));
    }
    if (image?.[1] && SLUG.test(image[1])) {
      return void renderImage(image[1], Number(image[2])).then(
        (png) =>
          res.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=86400" }).end(png),
        () => res.writeHead(500).end(),
      );
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 12112, options.host ?? "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url: origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
