import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { articles, editorsPicks, publishers } from "../schema";
import { isListed, isPublished, selectArticleCards, type ArticleCard } from "./article-fields";

// The newsroom's side of Our Picks: the whole list as editors see it (scheduled and expired ones too),
// the search to add a story, and the save that replaces the list in one transaction.

export interface EditorialPick {
  articleId: number;
  headline: string;
  publisherName: string;
  published: boolean;
  pinned: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
}

export async function listPicksForEditing(tx?: Database): Promise<EditorialPick[]> {
  const db = tx ?? (await getDb());
  const rows = await db
    .select({
      articleId: editorsPicks.articleId,
      headline: articles.headline,
      publisherName: publishers.name,
      status: articles.status,
      pinned: editorsPicks.pinned,
      startsAt: editorsPicks.startsAt,
      endsAt: editorsPicks.endsAt,
    })
    .from(editorsPicks)
    .innerJoin(articles, eq(articles.id, editorsPicks.articleId))
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .orderBy(asc(editorsPicks.position), asc(editorsPicks.id));
  return rows.map(({ status, ...row }) => ({ ...row, published: status === "published" }));
}

export interface PickCandidate {
  id: number;
  headline: string;
  publisherName: string;
  publishedAt: Date;
}

/** Listed stories (published, from a title that is not paused) matching `query` (full text), newest first. */
export async function searchPickCandidates(query: string, limit: number): Promise<PickCandidate[]> {
  const db = await getDb();
  return db
    .select({
      id: articles.id,
      headline: articles.headline,
      publisherName: publishers.name,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .where(and(isListed, sql`${articles.search} @@ websearch_to_tsquery('english', ${query})`))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

/** Of `ids`, those of published articles. */
/** Of `ids`, the published stories, and which of those readers see in lists (their title is not paused). */
export async function findPublishedIds(
  tx: Database,
  ids: number[],
): Promise<{ published: Set<number>; listed: Set<number> }> {
  if (ids.length === 0) return { published: new Set(), listed: new Set() };
  const rows = await tx
    .select({ id: articles.id, active: publishers.active })
    .from(articles)
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .where(and(inArray(articles.id, ids), isPublished));
  return {
    published: new Set(rows.map((r) => r.id)),
    listed: new Set(rows.filter((r) => r.active).map((r) => r.id)),
  };
}

export interface PickInput {
  articleId: number;
  pinned: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** Replaces the whole list (positions in the given order). Call inside the save's transaction. */
export async function replacePicks(tx: Database, picks: PickInput[], pickedBy: string): Promise<void> {
  await tx.delete(editorsPicks);
  if (picks.length === 0) return;
  await tx.insert(editorsPicks).values(picks.map((pick, position) => ({ ...pick, position, pickedBy })));
}

/** Published stories by id as cards, in no particular order (the picks preview). */
export async function listArticleCardsByIds(ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return selectArticleCards(db).where(and(inArray(articles.id, ids), isPublished));
}
