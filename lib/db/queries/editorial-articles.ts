import "server-only";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { articles, publishers, topics } from "../schema";

// The newsroom's view of articles: every status, found by words, title, topic and date; edits go through a
// version check so two editors never overwrite each other.

export interface ArticleListing {
  id: number;
  slug: string;
  headline: string;
  publisherName: string;
  topicName: string;
  status: "draft" | "published" | "withdrawn";
  publishedAt: Date;
}

export interface ArticleFinder {
  words?: string;
  publisherSlug?: string;
  topicSlug?: string;
  /** Published on this day or later / before this day. */
  from?: Date;
  until?: Date;
  limit: number;
}

export async function findArticlesForNewsroom(filter: ArticleFinder): Promise<ArticleListing[]> {
  const db = await getDb();
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      publisherName: publishers.name,
      topicName: topics.name,
      status: articles.status,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .innerJoin(topics, eq(topics.id, articles.topicId))
    .where(
      and(
        filter.words
          ? sql`${articles.search} @@ websearch_to_tsquery('english', ${filter.words})`
          : undefined,
        filter.publisherSlug ? eq(publishers.slug, filter.publisherSlug) : undefined,
        filter.topicSlug ? eq(topics.slug, filter.topicSlug) : undefined,
        filter.from ? gte(articles.publishedAt, filter.from) : undefined,
        filter.until ? lt(articles.publishedAt, filter.until) : undefined,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(filter.limit);
}

const editableFields = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  topicId: articles.topicId,
  status: articles.status,
  version: articles.version,
  takenDownAt: articles.takenDownAt,
  publishedAt: articles.publishedAt,
  publisherName: publishers.name,
};

export type EditableArticle = {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  topicId: number;
  status: "draft" | "published" | "withdrawn";
  version: number;
  takenDownAt: Date | null;
  publishedAt: Date;
  publisherName: string;
};

/** One article as the newsroom edits it; with `tx`, its row is locked until the transaction ends. */
export async function getEditableArticle(id: number, tx?: Database): Promise<EditableArticle | undefined> {
  const db = tx ?? (await getDb());
  const query = db
    .select(editableFields)
    .from(articles)
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .where(eq(articles.id, id));
  const [row] = tx ? await query.for("update", { of: articles }) : await query;
  return row;
}

export interface ArticleChange {
  headline?: string;
  standfirst?: string;
  topicId?: number;
  status?: "published" | "withdrawn";
  takenDownAt?: Date | null;
}

/** Applies `change` and bumps the version. Call with the row locked by getEditableArticle(id, tx). */
export async function updateEditableArticle(
  tx: Database,
  id: number,
  change: ArticleChange,
): Promise<number> {
  const [row] = await tx
    .update(articles)
    .set({ ...change, version: sql`${articles.version} + 1`, updatedAt: new Date() })
    .where(eq(articles.id, id))
    .returning({ version: articles.version });
  return row?.version ?? 0;
}

export async function topicExists(tx: Database, topicId: number): Promise<boolean> {
  const [row] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.id, topicId)).limit(1);
  return row !== undefined;
}

/** Slugs of stories the newsroom took down (their URLs answer 410). Small: takedowns are rare. */
export async function listTakenDownSlugs(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.status, "withdrawn"), sql`${articles.takenDownAt} is not null`));
  return rows.map((r) => r.slug);
}
