import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articles, savedArticles } from "../schema";
import { isPublished, selectArticleCards, type ArticleCard } from "./article-fields";

// A reader's saved stories (lib/reading/saved.ts).

/** Saves `articleId` for the reader; false when there is no such published story. Saving twice is a no-op. */
export async function insertSavedArticle(userId: string, articleId: number): Promise<boolean> {
  const db = await getDb();
  const [story] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublished));
  if (!story) return false;
  await db.insert(savedArticles).values({ userId, articleId }).onConflictDoNothing();
  return true;
}

export async function deleteSavedArticle(userId: string, articleId: number): Promise<void> {
  const db = await getDb();
  await db
    .delete(savedArticles)
    .where(and(eq(savedArticles.userId, userId), eq(savedArticles.articleId, articleId)));
}

/** The ids of the reader's saved stories (for the save buttons on a page), newest first. */
export async function listSavedIds(userId: string, limit: number): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: savedArticles.articleId })
    .from(savedArticles)
    .where(eq(savedArticles.userId, userId))
    .orderBy(desc(savedArticles.savedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

export type SavedCard = ArticleCard & { savedAt: Date };

/** Saved stories still published, newest saved first. */
export async function listSavedCards(userId: string, limit: number): Promise<SavedCard[]> {
  const db = await getDb();
  return selectArticleCards(db, { savedAt: savedArticles.savedAt })
    .innerJoin(savedArticles, eq(savedArticles.articleId, articles.id))
    .where(and(eq(savedArticles.userId, userId), isPublished))
    .orderBy(desc(savedArticles.savedAt), sql`${articles.id} desc`)
    .limit(limit);
}

/** Everything saved, for the reader's data export. */
export async function listSavedOfUser(userId: string) {
  const db = await getDb();
  return db
    .select({ articleId: savedArticles.articleId, slug: articles.slug, savedAt: savedArticles.savedAt })
    .from(savedArticles)
    .innerJoin(articles, eq(articles.id, savedArticles.articleId))
    .where(eq(savedArticles.userId, userId))
    .orderBy(desc(savedArticles.savedAt));
}
