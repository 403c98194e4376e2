import "server-only";
import { eq, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { articles, publishers, topics } from "../schema";

// The teaser columns every list of articles selects. Never the body: lists and cards are
// shown to everyone, and the gated text must not be read where it is not shown.
const articleCardFields = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  heroImageUrl: articles.heroImageUrl,
  heroImageAlt: articles.heroImageAlt,
  heroImageWidth: articles.heroImageWidth,
  heroImageHeight: articles.heroImageHeight,
  readingMinutes: articles.readingMinutes,
  publishedAt: articles.publishedAt,
  publisherSlug: publishers.slug,
  publisherName: publishers.name,
  publisherLogoUrl: publishers.logoUrl,
  topicSlug: topics.slug,
  topicName: topics.name,
};

/**
 * The one article-card join: articles with their publisher and topic, selecting the card columns plus `extra`.
 * Callers add their own where/order/limit (and further joins, e.g. editors' picks).
 */
export function selectArticleCards<Extra extends SelectedFields = Record<never, never>>(
  db: Database,
  extra?: Extra,
) {
  return db
    .select({ ...articleCardFields, ...(extra as Extra) })
    .from(articles)
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .innerJoin(topics, eq(topics.id, articles.topicId));
}

export interface ArticleCard {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageWidth: number | null;
  heroImageHeight: number | null;
  readingMinutes: number;
  publishedAt: Date;
  publisherSlug: string;
  publisherName: string;
  publisherLogoUrl: string | null;
  topicSlug: string;
  topicName: string;
}

export const isPublished = sql`${articles.status} = 'published'`;

/** Published and from a title that is not paused: what lists, rails and search show (a link still opens it). */
export const isListed = sql`${articles.status} = 'published' and ${publishers.active}`;

/** isListed in raw SQL, for queries that have `a` and a join to publishers as `p`. */
export const LISTED_SQL = sql.raw(`a.status = 'published' and p.active`);

/** A paused title's articles, excluded without a join (search scopes read `articles a` alone). */
export const NOT_PAUSED_SQL = sql.raw(`a.publisher_id not in (select id from publishers where not active)`);

// The partial indexes are (published_at DESC NULLS LAST, id DESC NULLS LAST), as drizzle-kit writes
// `.desc()`. A plain `desc` means NULLS FIRST and would not match them, turning every list into a sort.
export const newestFirst = [
  sql`${articles.publishedAt} desc nulls last`,
  sql`${articles.id} desc nulls last`,
];

/** A page of results: `limit + 1` rows were fetched so we know whether another page exists. */
export interface Page<T> {
  items: T[];
  page: number;
  hasNext: boolean;
}

export function toPage<T>(rows: T[], page: number, pageSize: number): Page<T> {
  return { items: rows.slice(0, pageSize), page, hasNext: rows.length > pageSize };
}

/** Raw SQL rows come back with snake_case names and string timestamps; this maps them to ArticleCard. */
export interface ArticleCardRow {
  id: number | string;
  slug: string;
  headline: string;
  standfirst: string;
  hero_image_url: string | null;
  hero_image_alt: string;
  hero_image_width: number | null;
  hero_image_height: number | null;
  reading_minutes: number;
  published_at: string | Date;
  publisher_slug: string;
  publisher_name: string;
  publisher_logo_url: string | null;
  topic_slug: string;
  topic_name: string;
}

export function toArticleCard(row: ArticleCardRow): ArticleCard {
  return {
    id: Number(row.id),
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    heroImageUrl: row.hero_image_url,
    heroImageAlt: row.hero_image_alt,
    heroImageWidth: row.hero_image_width,
    heroImageHeight: row.hero_image_height,
    readingMinutes: row.reading_minutes,
    publishedAt: new Date(row.published_at),
    publisherSlug: row.publisher_slug,
    publisherName: row.publisher_name,
    publisherLogoUrl: row.publisher_logo_url,
    topicSlug: row.topic_slug,
    topicName: row.topic_name,
  };
}

/** The card columns in raw SQL (aliases a, p, t), for queries the builder cannot express (LATERAL, search). */
export const articleCardSql =
  sql.raw(`a.id, a.slug, a.headline, a.standfirst, a.hero_image_url, a.hero_image_alt,
  a.hero_image_width, a.hero_image_height, a.reading_minutes, a.published_at,
  p.slug as publisher_slug, p.name as publisher_name, p.logo_url as publisher_logo_url,
  t.slug as topic_slug, t.name as topic_name`);

/** The same join as selectArticleCards in raw SQL, giving the aliases articleCardSql reads. */
export const articleCardFromSql = sql.raw(`articles a
  join publishers p on p.id = a.publisher_id
  join topics t on t.id = a.topic_id`);
