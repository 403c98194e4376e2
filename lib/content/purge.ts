import "server-only";
import { revalidateTag } from "next/cache";
import { clearContentCache } from "./cache";
import { clearPageCache } from "./page-cache";

// The one function every editorial tool and feed calls after changing what readers see. Callers name
// what changed by tag; how the caches are purged (and on how many instances) is this module's business.
// Today: Next's tag cache plus this process's content and page caches, cleared whole. The rendering
// issue (#11) makes it precise and reaches every instance.

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

/** Makes every page that shows any of `tags` render afresh on its next request. */
export async function purgeContent(tags: readonly string[]): Promise<void> {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
  clearContentCache();
  clearPageCache();
}
