import "server-only";
import { getAuthorBySlug, listAuthorArticles, type AuthorDetail } from "@/lib/db/queries/authors";
import type { ArticleCard, Page } from "@/lib/db/queries/article-fields";
import { cacheContent, listTags } from "./cache-life";
import { MAX_PAGE, PAGE_SIZE } from "./params";
import { contentTags } from "./purge";

// Authors' pages: shared content, cached like titles and topics (publishers-and-topics.ts).

export type { AuthorDetail } from "@/lib/db/queries/authors";

export async function getAuthor(slug: string): Promise<AuthorDetail | undefined> {
  "use cache";
  // Authors change only with the catalogue (feeds add them with new articles).
  cacheContent(contentTags.articleLists);
  return getAuthorBySlug(slug);
}

/** A page of an author's newest stories; deep pages are empty without a query. */
export async function getAuthorPage(authorId: number, page: number): Promise<Page<ArticleCard>> {
  if (page > MAX_PAGE) return { items: [], page, hasNext: false };
  return listAuthorPageCached(authorId, page);
}

async function listAuthorPageCached(authorId: number, page: number) {
  "use cache";
  const result = await listAuthorArticles(authorId, page, PAGE_SIZE);
  cacheContent(...listTags(result.items));
  return result;
}
