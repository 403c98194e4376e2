import "server-only";
import { parseFeed } from "feedsmith";

// RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1, parsed by feedsmith (fast-xml-parser underneath, which
// never fetches external entities) into one item shape. A document that declares entities in a DTD is refused
// outright: no feed needs them, and they are how XXE and "billion laughs" documents work.

export interface ParsedItem {
  guid: string | null;
  url: string | null;
  title: string;
  summary: string;
  content: string | null;
  publishedAt: Date | null;
  categories: string[];
  author: string | null;
  imageUrl: string | null;
  imageCaption: string;
}

export interface ParsedFeed {
  format: string;
  title: string;
  items: ParsedItem[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

const text = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "value" in value) return text(value.value);
  return "";
};
const orNull = (value: unknown): string | null => text(value).trim() || null;

function date(...values: unknown[]): Date | null {
  for (const value of values) {
    const parsed = typeof value === "string" ? new Date(value) : null;
    if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  }
  return null;
}

interface MediaContent {
  url?: string;
  medium?: string;
  type?: string;
  description?: unknown;
}
type Item = Record<string, unknown> & {
  media?: { thumbnails?: { url?: string }[]; contents?: MediaContent[] };
};
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function imageOf(item: Item, enclosures: { url?: string; type?: string }[]): string | null {
  const enclosure = enclosures.find((e) => e.url && (e.type ?? "").startsWith("image/"));
  const media = list<MediaContent>(item.media?.contents).find(
    (m) => m.url && (m.medium === "image" || (m.type ?? "").startsWith("image/")),
  );
  const thumb = list<{ url?: string }>(item.media?.thumbnails).find((t) => t.url);
  return enclosure?.url ?? media?.url ?? thumb?.url ?? null;
}

/** Media RSS's description of the item's picture, when it has one. */
const captionOf = (item: Item) =>
  text(list<MediaContent>(item.media?.contents).find((m) => m.description)?.description);

function fromRss(item: Item): ParsedItem {
  const content = (item.content as { encoded?: string } | undefined)?.encoded;
  const dc = item.dc as
    { dates?: string[]; creators?: string[]; date?: string; creator?: string } | undefined;
  const guid = item.guid as { value?: string } | undefined;
  const rdf = item.rdf as { about?: string } | undefined;
  return {
    guid: orNull(guid?.value ?? rdf?.about),
    url: orNull(item.link),
    title: text(item.title),
    summary: text(item.description),
    content: content ? text(content) : null,
    publishedAt: date(item.pubDate, dc?.dates?.[0], dc?.date),
    categories: list<{ name?: string }>(item.categories).map((c) => text(c.name)),
    author: orNull(item.author ?? dc?.creators?.[0] ?? dc?.creator),
    imageUrl: imageOf(item, list(item.enclosures)),
    imageCaption: captionOf(item),
  };
}

function fromAtom(entry: Item): ParsedItem {
  const links = list<{ href?: string; rel?: string; type?: string }>(entry.links);
  const alternate = links.find((l) => !l.rel || l.rel === "alternate");
  const enclosures = links.filter((l) => l.rel === "enclosure").map((l) => ({ url: l.href, type: l.type }));
  return {
    guid: orNull(entry.id),
    url: orNull(alternate?.href),
    title: text(entry.title),
    summary: text(entry.summary),
    content: orNull(entry.content),
    publishedAt: date(entry.published, entry.updated),
    categories: list<{ term?: string; label?: string }>(entry.categories).map((c) => text(c.label ?? c.term)),
    author: orNull(list<{ name?: string }>(entry.authors)[0]?.name),
    imageUrl: imageOf(entry, enclosures),
    imageCaption: captionOf(entry),
  };
}

function fromJson(item: Item): ParsedItem {
  const html = orNull(item.content_html);
  const plain = orNull(item.content_text);
  return {
    guid: orNull(item.id),
    url: orNull(item.url),
    title: text(item.title),
    summary: text(item.summary),
    content: html ?? (plain ? `<p>${plain.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>` : null),
    publishedAt: date(item.date_published, item.date_modified),
    categories: list<string>(item.tags).map(text),
    author: orNull(list<{ name?: string }>(item.authors)[0]?.name),
    imageUrl: orNull(item.image) ?? orNull(item.banner_image),
    imageCaption: "",
  };
}

export function parseFeedText(source: string): ParsedFeed {
  if (/<!ENTITY/i.test(source.slice(0, 64 * 1024)))
    throw new FeedParseError("the document declares XML entities (DTD): refused");
  let result: ReturnType<typeof parseFeed>;
  try {
    result = parseFeed(source);
  } catch (error) {
    throw new FeedParseError(`not a feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const feed = result.feed as Record<string, unknown>;
  const items =
    result.format === "atom"
      ? list<Item>(feed.entries).map(fromAtom)
      : result.format === "json"
        ? list<Item>(feed.items).map(fromJson)
        : list<Item>(feed.items).map(fromRss);
  return { format: result.format, title: text(feed.title), items };
}
