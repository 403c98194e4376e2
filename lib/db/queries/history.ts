import "server-only";
import { and, desc, eq, gte, lte, notExists, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { articles, readingHistory, readingSettings } from "../schema";
import { isPublished, selectArticleCards, type ArticleCard } from "./article-fields";

// A reader's history and its pause switch (lib/reading/history.ts).

const mine = (userId: string, articleId: number) =>
  and(eq(readingHistory.userId, userId), eq(readingHistory.articleId, articleId));

/** A row while the reader's history is paused: the history writes below happen only where it does not exist. */
const pausedSetting = (db: Database, userId: string) =>
  db
    .select({ one: sql`1` })
    .from(readingSettings)
    .where(and(eq(readingSettings.userId, userId), eq(readingSettings.historyPaused, true)));

export async function isHistoryPaused(userId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ paused: readingSettings.historyPaused })
    .from(readingSettings)
    .where(eq(readingSettings.userId, userId));
  return row?.paused ?? false;
}

export async function setHistoryPaused(userId: string, paused: boolean): Promise<void> {
  const db = await getDb();
  await db
    .insert(readingSettings)
    .values({ userId, historyPaused: paused })
    .onConflictDoUpdate({
      target: readingSettings.userId,
      set: { historyPaused: paused, updatedAt: new Date() },
    });
}

/** Puts the story at the top of the reader's history, unless history is paused (checked in the same statement). */
export async function upsertHistory(userId: string, articleId: number, at: Date): Promise<void> {
  const db = await getDb();
  await db.execute(sql`
    insert into ${readingHistory} (user_id, article_id, last_read_at)
    select ${userId}, ${articleId}, ${at.toISOString()}::timestamptz
    where not exists ${pausedSetting(db, userId)}
    on conflict (user_id, article_id) do update set last_read_at = excluded.last_read_at`);
}

/** Where the reader left the story (a fraction of it): only on a row that exists, and not while paused. */
export async function updateHistoryPosition(userId: string, articleId: number, position: number) {
  const db = await getDb();
  await db
    .update(readingHistory)
    .set({ position })
    .where(and(mine(userId, articleId), notExists(pausedSetting(db, userId))));
}

export async function deleteHistoryEntry(userId: string, articleId: number): Promise<void> {
  const db = await getDb();
  await db.delete(readingHistory).where(mine(userId, articleId));
}

export async function deleteAllHistory(userId: string): Promise<number> {
  const db = await getDb();
  const rows = await db
    .delete(readingHistory)
    .where(eq(readingHistory.userId, userId))
    .returning({ id: readingHistory.articleId });
  return rows.length;
}

export type HistoryCard = ArticleCard & { lastReadAt: Date; position: number };
const historyFields = { lastReadAt: readingHistory.lastReadAt, position: readingHistory.position };

/** The reader's history cards, newest first, published stories only, narrowed by `conditions`. */
export async function listHistoryCards(
  userId: string,
  limit: number,
  ...conditions: SQL[]
): Promise<HistoryCard[]> {
  const db = await getDb();
  return selectArticleCards(db, historyFields)
    .innerJoin(readingHistory, eq(readingHistory.articleId, articles.id))
    .where(and(eq(readingHistory.userId, userId), isPublished, ...conditions))
    .orderBy(desc(readingHistory.lastReadAt))
    .limit(limit);
}

/** Stories left part-way (between `from` and `to` of the way through), at least `minMinutes` long, newest first. */
export function listUnfinished(
  userId: string,
  range: { from: number; to: number; minMinutes: number },
  limit: number,
): Promise<HistoryCard[]> {
  return listHistoryCards(
    userId,
    limit,
    gte(readingHistory.position, range.from),
    lte(readingHistory.position, range.to),
    gte(articles.readingMinutes, range.minMinutes),
  );
}

/** The whole history, for the reader's data export. */
export async function listHistoryOfUser(userId: string) {
  const db = await getDb();
  return db
    .select({
      articleId: readingHistory.articleId,
      slug: articles.slug,
      lastReadAt: readingHistory.lastReadAt,
      position: readingHistory.position,
    })
    .from(readingHistory)
    .innerJoin(articles, eq(articles.id, readingHistory.articleId))
    .where(eq(readingHistory.userId, userId))
    .orderBy(desc(readingHistory.lastReadAt));
}
