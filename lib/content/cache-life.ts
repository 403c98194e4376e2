import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { contentTags } from "./purge";

// How long shared content may be served without a purge, and the tags a purge names. Every change an editor or
// a feed makes calls purgeContent (./purge.ts), so these lifetimes only bound what no purge announces (a story
// ageing out of "top stories"). Past `revalidate` an entry is still served once while Next refreshes it behind
// (no request waits for the database); past `expire` it is gone.

/** Seconds (Next's cacheLife object form; `Parameters<typeof cacheLife>` picks a profile-name overload). */
interface Life {
  stale: number;
  revalidate: number;
  expire: number;
}

function cacheFor(life: Life, tags: string[]): void {
  cacheLife(life);
  if (tags.length > 0) cacheTag(...tags);
}

/** Articles, lists, titles and topics. */
export function cacheContent(...tags: string[]): void {
  cacheFor({ stale: 30, revalidate: 60, expire: 3_600 }, tags);
}

/** Search results: anyone can mint a new query, so they live briefly. */
export function cacheSearch(...tags: string[]): void {
  cacheFor({ stale: 30, revalidate: 120, expire: 600 }, tags);
}

interface Listed {
  id: number;
  publisherSlug: string;
}

/** The tags of a list of cards: any new article, and each article and title a card shows (edit, takedown). */
export function listTags(cards: readonly Listed[]): string[] {
  const tags = new Set<string>([contentTags.articleLists]);
  for (const card of cards) {
    tags.add(contentTags.article(card.id));
    tags.add(contentTags.publisher(card.publisherSlug));
  }
  return [...tags];
}
