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
  publisherSlug: string;
}

/** Next keeps at most this many tags on one cache entry and drops the rest with a warning. */
export const MAX_TAGS_PER_ENTRY = 128;

/**
 * The tags of a list of cards: `articleLists` (named by every purge that can change a card: a new, edited or
 * taken-down article, a paused or renamed title; see ./purge.ts) and each title the list shows. Per-article tags
 * would add nothing a list needs and push long rails past Next's cap, so they stay on the article's own entries.
 */
export function listTags(cards: readonly Listed[]): string[] {
  const tags = new Set<string>([contentTags.articleLists]);
  for (const card of cards) tags.add(contentTags.publisher(card.publisherSlug));
  return tags.size <= MAX_TAGS_PER_ENTRY ? [...tags] : [contentTags.articleLists];
}
