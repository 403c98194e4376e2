import "server-only";
import {
  getArticleBody as selectArticleBody,
  getArticleBySlug,
  listLatestArticles,
  listRecentArticleSlugs,
  listRelatedArticles,
  listTopStories,
  listTopicRails,
  type ArticleCard,
  type ArticleDetail,
  type Page,
} from "@/lib/db/queries/articles";
import { listEditorsPicks } from "@/lib/db/queries/picks";
import { cacheContent, listTags } from "./cache-life";
import { MAX_PAGE, PAGE_SIZE } from "./params";
import { contentTags } from "./purge";

// Shared content, cached with Next's `"use cache"` (one entry per function and arguments, shared by every
// reader and, with REDIS_URL, every instance) and tagged so purgeContent reaches exactly the entries that
// show what changed. Who may read a body is never decided here: that is per request (read-access.ts).

export type { ArticleCard, ArticleDetail, Page } from "@/lib/db/queries/articles";
export type { TopicRail } from "@/lib/db/queries/articles";

export async function getTopStories(limit: number): Promise<ArticleCard[]> {
  "use cache";
  const stories = await listTopStories(limit);
  cacheContent(contentTags.frontPage, ...listTags(stories));
  return stories;
}

export async function getEditorsPicks(limit: number): Promise<ArticleCard[]> {
  "use cache";
  const picks = await listEditorsPicks(limit);
  // A pick's start and end purge this on time (lib/jobs/scheduled-picks.ts), so it lives as long as any list.
  cacheContent(contentTags.picks, ...listTags(picks));
  return picks;
}

export async function getTopicRails(perTopic: number) {
  "use cache";
  const rails = await listTopicRails(perTopic);
  cacheContent(contentTags.topics, ...listTags(rails.flatMap((rail) => rail.articles)));
  return rails;
}

/** The article's teaser and metadata (never the body), or undefined for an unknown slug. */
export async function getArticle(slug: string): Promise<ArticleDetail | undefined> {
  "use cache";
  const article = await getArticleBySlug(slug);
  if (!article)
    cacheContent(contentTags.articleLists); // publishing it purges this miss
  else
    cacheContent(
      contentTags.article(article.id),
      contentTags.publisher(article.publisherSlug),
      contentTags.topics,
    );
  return article;
}

/**
 * The whole body. Only the article-body component calls this, after deciding the reader may see it. The entry
 * is keyed by the article alone and holds no reader's data; it never reaches a page the reader may not read.
 */
export async function getArticleBody(articleId: number): Promise<string | undefined> {
  "use cache";
  cacheContent(contentTags.article(articleId));
  return selectArticleBody(articleId);
}

export async function getRelatedStories(article: ArticleDetail, limit: number): Promise<ArticleCard[]> {
  return listRelatedCached(article.id, article.topicId, article.publisherId, limit);
}

async function listRelatedCached(id: number, topicId: number, publisherId: number, limit: number) {
  "use cache";
  const related = await listRelatedArticles({ id, topicId, publisherId }, limit);
  cacheContent(...listTags(related));
  return related;
}

/** A page of the newest stories of one title or topic; deep pages are empty without a query. */
export async function getLatestPage(
  filter: { publisherId?: number; topicId?: number },
  page: number,
): Promise<Page<ArticleCard>> {
  if (page > MAX_PAGE) return { items: [], page, hasNext: false };
  return listLatestCached(filter.publisherId ?? null, filter.topicId ?? null, page);
}

async function listLatestCached(publisherId: number | null, topicId: number | null, page: number) {
  "use cache";
  const result = await listLatestArticles({
    publisherId: publisherId ?? undefined,
    topicId: topicId ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  cacheContent(...listTags(result.items));
  return result;
}

export async function getSitemapArticles() {
  "use cache";
  cacheContent(contentTags.articleLists);
  return listRecentArticleSlugs(5_000);
}
