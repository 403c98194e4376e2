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
import { cached } from "./cache";
import { MAX_PAGE, PAGE_SIZE } from "./params";

export type { ArticleCard, ArticleDetail, Page } from "@/lib/db/queries/articles";
export type { TopicRail } from "@/lib/db/queries/articles";

export const getTopStories = (limit: number) => cached(`top:${limit}`, () => listTopStories(limit));
// Picks are filtered by their schedule at query time; the key changes every PICKS_BUCKET_MS so a scheduled pick
// appears or expires within that long (plus the page cache) without anyone saving.
const PICKS_BUCKET_MS = 5_000;
export const getEditorsPicks = (limit: number) =>
  cached(`picks:${limit}:${Math.floor(Date.now() / PICKS_BUCKET_MS)}`, () => listEditorsPicks(limit));
export const getTopicRails = (perTopic: number) =>
  cached(`rails:${perTopic}`, () => listTopicRails(perTopic));

/** The article's teaser and metadata (never the body), or undefined for an unknown slug. */
export const getArticle = (slug: string): Promise<ArticleDetail | undefined> =>
  cached(`article:${slug}`, () => getArticleBySlug(slug));

/** The whole body. Only the article-body component calls this, after deciding the reader may see it. */
export const getArticleBody = (articleId: number): Promise<string | undefined> =>
  cached(`body:${articleId}`, () => selectArticleBody(articleId));

export const getRelatedStories = (article: ArticleDetail, limit: number): Promise<ArticleCard[]> =>
  cached(`related:${article.id}:${limit}`, () => listRelatedArticles(article, limit));

/** A page of the newest stories of one title or topic; deep pages are empty without a query. */
export function getLatestPage(
  filter: { publisherId?: number; topicId?: number },
  page: number,
): Promise<Page<ArticleCard>> {
  if (page > MAX_PAGE) return Promise.resolve({ items: [], page, hasNext: false });
  const key = `latest:${filter.publisherId ?? ""}:${filter.topicId ?? ""}:${page}`;
  return cached(key, () => listLatestArticles({ ...filter, page, pageSize: PAGE_SIZE }));
}

export const getSitemapArticles = () => cached("sitemap:articles", () => listRecentArticleSlugs(5_000));
