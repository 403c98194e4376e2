import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";
import { articleAuthors, articles, authors } from "../schema";
import {
  articleCardFromSql,
  articleCardSql,
  isListed,
  isPublished,
  LISTED_SQL,
  newestFirst,
  selectArticleCards,
  toArticleCard,
  toPage,
  type ArticleCard,
  type ArticleCardRow,
  type Page,
} from "./article-fields";

export type { ArticleCard, Page } from "./article-fields";

export interface ArticleDetail extends ArticleCard {
  publisherId: number;
  topicId: number;
  teaserHtml: string;
  heroImageCaption: string;
  heroImageCredit: string;
  wordCount: number;
  canonicalUrl: string | null;
  /** From a feed that gives excerpts only: the teaser is all there is, with a link to the source. */
  sourcePartial: boolean;
  updatedAt: Date;
  authors: { slug: string; name: string }[];
}

/**
 * What a reading view needs of a published story (lib/reading/reading-time.ts), by slug: one primary-key-sized
 * read for POST /api/me on the server's request event, where Next's cache of getArticle is not at hand.
 */
export async function findViewedArticle(
  slug: string,
): Promise<{ id: number; publisherId: number; readingMinutes: number } | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ id: articles.id, publisherId: articles.publisherId, readingMinutes: articles.readingMinutes })
    .from(articles)
    .where(and(eq(articles.slug, slug), isPublished))
    .limit(1);
  return row;
}

/**
 * A published article's teaser and metadata. Deliberately does not select body_html:
 * the body is read only by getArticleBody, from the one component that decides who may see it.
 */
export async function getArticleBySlug(slug: string): Promise<ArticleDetail | undefined> {
  const db = await getDb();
  const [rows, byline] = await Promise.all([
    selectArticleCards(db, {
      publisherId: articles.publisherId,
      topicId: articles.topicId,
      teaserHtml: articles.teaserHtml,
      heroImageCaption: articles.heroImageCaption,
      heroImageCredit: articles.heroImageCredit,
      wordCount: articles.wordCount,
      canonicalUrl: articles.canonicalUrl,
      sourcePartial: articles.sourcePartial,
      updatedAt: articles.updatedAt,
    })
      .where(and(eq(articles.slug, slug), isPublished))
      .limit(1),
    db
      .select({ slug: authors.slug, name: authors.name })
      .from(articleAuthors)
      .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
      .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
      .where(eq(articles.slug, slug))
      .orderBy(asc(articleAuthors.position), asc(authors.name)),
  ]);
  const row = rows[0];
  return row ? { ...row, authors: byline } : undefined;
}

/** The whole sanitised body of a published article. Call only after the paywall decision. */
export async function getArticleBody(articleId: number): Promise<string | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ bodyHtml: articles.bodyHtml })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublished))
    .limit(1);
  return row?.bodyHtml;
}

export interface LatestFilter {
  publisherId?: number;
  topicId?: number;
  page: number;
  pageSize: number;
}

/** Newest first, optionally one title's or one topic's; each case walks its partial index. */
export async function listLatestArticles(filter: LatestFilter): Promise<Page<ArticleCard>> {
  const rows = await latestArticlesQuery(await getDb(), filter);
  return toPage(rows, filter.page, filter.pageSize);
}

/** The query behind listLatestArticles, exported so a test can check its plan. */
export function latestArticlesQuery(db: Database, filter: LatestFilter) {
  return selectArticleCards(db)
    .where(
      and(
        isListed,
        filter.publisherId === undefined ? undefined : eq(articles.publisherId, filter.publisherId),
        filter.topicId === undefined ? undefined : eq(articles.topicId, filter.topicId),
      ),
    )
    .orderBy(...newestFirst)
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
}

// "Recent" is the newest few hundred stories: a bounded index scan whatever the table size,
// then the most read of those first.
const TOP_STORIES_WINDOW = 400;

export async function listTopStories(limit: number): Promise<ArticleCard[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select * from (
      select ${articleCardSql}, a.popularity
      from ${articleCardFromSql}
      where ${LISTED_SQL}
      order by a.published_at desc nulls last, a.id desc nulls last
      limit ${TOP_STORIES_WINDOW}
    ) recent
    order by popularity desc, published_at desc nulls last, id desc nulls last
    limit ${limit}`);
  return rowsOf<ArticleCardRow>(result).map(toArticleCard);
}

/** Same topic, other titles first, then more from the same title. */
export async function listRelatedArticles(
  article: { id: number; topicId: number; publisherId: number },
  limit: number,
): Promise<ArticleCard[]> {
  const db = await getDb();
  const base = () =>
    selectArticleCards(db)
      .orderBy(...newestFirst)
      .limit(limit);
  const [others, same] = await Promise.all([
    base().where(
      and(isListed, eq(articles.topicId, article.topicId), ne(articles.publisherId, article.publisherId)),
    ),
    base().where(
      and(
        isListed,
        eq(articles.topicId, article.topicId),
        eq(articles.publisherId, article.publisherId),
        ne(articles.id, article.id),
      ),
    ),
  ]);
  return [...others, ...same].slice(0, limit);
}

export interface TopicRail {
  topicId: number;
  topicSlug: string;
  topicName: string;
  articles: ArticleCard[];
}

/** The latest few stories of every topic, topics in the editors' order: one query (LATERAL). */
export async function listTopicRails(perTopic: number): Promise<TopicRail[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select rt.id as rail_id, rt.slug as rail_slug, rt.name as rail_name, x.*
    from topics rt
    cross join lateral (
      select ${articleCardSql}
      from ${articleCardFromSql}
      where a.topic_id = rt.id and ${LISTED_SQL}
      order by a.published_at desc nulls last, a.id desc nulls last
      limit ${perTopic}
    ) x
    order by rt.position, rt.name, x.published_at desc nulls last, x.id desc nulls last`);
  const rails = new Map<string, TopicRail>();
  for (const row of rowsOf<ArticleCardRow & { rail_id: number; rail_slug: string; rail_name: string }>(
    result,
  )) {
    let rail = rails.get(row.rail_slug);
    if (!rail) {
      rail = {
        topicId: Number(row.rail_id),
        topicSlug: row.rail_slug,
        topicName: row.rail_name,
        articles: [],
      };
      rails.set(row.rail_slug, rail);
    }
    rail.articles.push(toArticleCard(row));
  }
  return [...rails.values()];
}

/** Listed stories (published, their title live) by id as cards, in no particular order (hand-picked leads). */
export async function listListedCardsByIds(ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return selectArticleCards(db).where(and(inArray(articles.id, ids), isListed));
}

/** URLs for the sitemap: slugs and last change, newest first. */
export async function listRecentArticleSlugs(limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
  const db = await getDb();
  return db
    .select({ slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .where(isPublished)
    .orderBy(...newestFirst)
    .limit(limit);
}
