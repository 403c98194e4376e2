import "server-only";
import { revalidateTag } from "next/cache";
import { getSharedCache } from "@/lib/cache/cache-handler.js";

// The one function every editorial tool and feed calls after changing what readers see. Callers name what
// changed by tag; this module reaches every cache that could show it, on every instance:
// - Next's `"use cache"` entries carrying any of the tags (lib/content/*.ts tag what they read), through our cache
//   handler (lib/cache): at once here, and through Redis on the other instances (within a second);
// - the proxy's page cache for visitors, which forgets its pages on any purge heard (page-cache.ts).
//
// Which tags to name: an edit or takedown of an article names `article(id)` (its page and body) and `articleLists`
// (every list, search and rail that may show it: lists carry no per-article tags, see listTags); a newly published
// article names `articleLists`; picks `picks`; the front page `frontPage`; a title's details `publisher(slug)` and
// `articleLists` (and `publishers` when the list of titles changes); topics `topics`.

export const contentTags = {
  /** Anything that lists articles: rails, top stories, topic and title pages, search, sitemap. */
  articleLists: "article-lists",
  article: (id: number) => `article:${id}`,
  picks: "picks",
  frontPage: "front-page",
  publishers: "publishers",
  publisher: (slug: string) => `publisher:${slug}`,
  topics: "topics",
} as const;

/** Makes every page that shows any of `tags` render afresh on its next request, on every instance. */
export async function purgeContent(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  try {
    // In a server action or route handler this also tells the client router that data changed.
    for (const tag of unique) revalidateTag(tag, { expire: 0 });
  } catch {
    // Outside a request (jobs, feeds, scripts) Next has no request store to record the purge in.
  }
  // Always straight to the handler as well: outside a request that is the only way, and inside one Next applies
  // revalidateTag only when the action ends (that second pass re-marks the same tags and announces them again).
  await getSharedCache().handler.updateTags(unique, { expire: 0 });
}
