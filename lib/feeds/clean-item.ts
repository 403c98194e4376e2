import "server-only";
import { createHash } from "node:crypto";
import { decodeHTML, encodeXML } from "entities";
import sanitizeHtml from "sanitize-html";
import { estimateReadingMinutes } from "@/lib/content/format";
import { sanitizeArticleHtml } from "@/lib/content/sanitize";
import type { FeedArticleText } from "@/lib/db/queries/feed-articles";
import type { ParsedItem } from "./parse-feed";

// A parsed feed item becomes article fields: text fields are plain text, the body goes through the article
// sanitiser (lib/content/sanitize.ts), links are made absolute and lose their utm_* parameters; the teaser is the
// first two paragraphs and the reading time estimateReadingMinutes (lib/content/format.ts), as in the seed.

const MAX_HEADLINE = 300;
const MAX_STANDFIRST = 400;

/** The article's text plus what decides its topic and picture (lib/feeds/poll.ts). */
export interface CleanItem extends FeedArticleText {
  categories: string[];
  imageUrl: string | null;
  imageCaption: string;
}

/** Plain text from a field that may hold tags and entities (titles often do). */
export function toPlainText(html: string, max = Infinity): string {
  // Without a "<" there is no tag to strip: the sanitiser would only decode and re-escape entities, which the
  // decoding below undoes: the same text without a parse (most titles, captions and categories are plain).
  const stripped = html.includes("<") ? stripTags(html) : html;
  const text = decodeHTML(decodeHTML(stripped)).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function stripTags(html: string): string {
  // Block ends become spaces so that paragraphs do not run into each other's words.
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|div)>|<br\s*\/?>/gi, "$& ");
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} });
}

/** An absolute http(s) URL without tracking parameters, or null for anything else. */
export function cleanUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    for (const name of [...url.searchParams.keys()]) if (/^utm_/i.test(name)) url.searchParams.delete(name);
    return url.toString();
  } catch {
    return null;
  }
}

/** Sanitised HTML with every link absolute and untracked (the sanitiser only keeps href on <a>). */
function cleanBody(html: string, base: string | undefined): string {
  return sanitizeArticleHtml(html).replace(/href="([^"]*)"/g, (_, href: string) => {
    const decoded = decodeHTML(href);
    const url = decoded.startsWith("mailto:") ? decoded : cleanUrl(decoded, base);
    return url ? `href="${encodeXML(url)}"` : 'href="#"';
  });
}

/** Wraps loose text in a paragraph so the teaser split finds one. */
function asParagraphs(html: string): string {
  return /<(p|h2|h3|h4|ul|ol|blockquote|figure)\b/.test(html) || !html.trim()
    ? html
    : `<p>${html.trim()}</p>`;
}

/** Words in sanitised HTML (tags stripped by pattern: the sanitiser already made the markup simple). */
export function countWords(html: string): number {
  const text = decodeHTML(
    html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption)>|<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, ""),
  );
  const words = text.trim().split(/\s+/);
  return words[0] ? words.length : 0;
}

function teaserOf(bodyHtml: string): string {
  const paragraphs = bodyHtml.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  // A short body keeps something back: with two paragraphs or fewer, only the first is free.
  return (paragraphs.length > 2 ? paragraphs.slice(0, 2) : paragraphs.slice(0, 1)).join("\n");
}

function identityOf(
  item: ParsedItem,
  url: string | null,
  headline: string,
  publishedAt: Date | null,
): string {
  const key = item.guid
    ? `guid:${item.guid}`
    : url
      ? `url:${url}`
      : `date:${publishedAt?.toISOString() ?? "none"}|${headline}`;
  // Keys stay short for the unique index; long ones are hashed.
  return key.length > 400 ? `sha1:${createHash("sha1").update(key).digest("hex")}` : key;
}

export function cleanItem(item: ParsedItem, feedUrl: string, now = new Date()): CleanItem | null {
  const canonicalUrl = cleanUrl(item.url, feedUrl);
  const base = canonicalUrl ?? feedUrl;
  const headline = toPlainText(item.title, MAX_HEADLINE) || toPlainText(item.summary, 90);
  if (!headline) return null; // nothing to call it by
  const partial = !item.content?.trim();
  const bodyHtml = asParagraphs(cleanBody(partial ? item.summary : (item.content ?? ""), base));
  const wordCount = countWords(bodyHtml);
  // A future date is a publisher's clock or a trick to stay on top: the article is published now.
  const publishedAt = item.publishedAt && item.publishedAt < now ? item.publishedAt : now;
  return {
    key: identityOf(item, canonicalUrl, headline, item.publishedAt),
    headline,
    // A partial item's summary is its body already: no standfirst repeating it (and no sanitiser pass for it).
    standfirst: partial ? "" : toPlainText(item.summary, MAX_STANDFIRST),
    teaserHtml: partial ? bodyHtml : teaserOf(bodyHtml),
    bodyHtml,
    wordCount,
    readingMinutes: estimateReadingMinutes(wordCount),
    canonicalUrl,
    publishedAt,
    categories: item.categories.map((c) => toPlainText(c, 80)).filter(Boolean),
    imageUrl: cleanUrl(item.imageUrl, base),
    imageCaption: toPlainText(item.imageCaption, 300),
    partial,
  };
}
