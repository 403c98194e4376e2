import "server-only";
import { desc, eq, lt, sql } from "drizzle-orm";
import { getDb } from "../client";
import { readClocks, readViews, reads, type ReadAudience } from "../schema";

// Crediting reading time (lib/reading/reading-time.ts decides what a beacon may claim; this applies it).

export interface ViewCredit {
  viewId: string;
  userId: string;
  articleId: number;
  publisherId: number;
  audience: ReadAudience;
  capSeconds: number;
  issuedAt: Date;
  /** The running total of seconds the view claims, already no more than the wall time since issue. */
  totalSeconds: number;
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Adds what is new in a view's running total to the reader's day on that article, and returns the seconds
 * credited. In one transaction, serialised per view (row lock) and per reader (clock row lock):
 * only the part of the total above what the view was already credited counts (a replay adds nothing); it must
 * fit between the reader's clock and now (two views never share a second); and the day row never passes the cap.
 */
export async function creditView(view: ViewCredit, now: Date): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // An upsert that changes nothing: creates the row or locks the existing one, and reads it, in one statement.
    const [seen] = await tx
      .insert(readViews)
      .values({ id: view.viewId, userId: view.userId, articleId: view.articleId, issuedAt: view.issuedAt })
      .onConflictDoUpdate({ target: readViews.id, set: { seconds: sql`${readViews.seconds}` } })
      .returning({ seconds: readViews.seconds });
    const fresh = view.totalSeconds - (seen?.seconds ?? 0);
    if (fresh <= 0) return 0;
    await tx.update(readViews).set({ seconds: view.totalSeconds }).where(eq(readViews.id, view.viewId));

    const [clock] = await tx
      .insert(readClocks)
      .values({ userId: view.userId, creditedUntil: new Date(0) })
      .onConflictDoUpdate({
        target: readClocks.userId,
        set: { creditedUntil: sql`${readClocks.creditedUntil}` },
      })
      .returning({ until: readClocks.creditedUntil });
    const start = Math.max(clock?.until.getTime() ?? 0, view.issuedAt.getTime());
    const room = Math.floor((now.getTime() - start) / 1000);
    const credit = Math.min(fresh, room);
    if (credit <= 0) return 0;
    await tx.update(readClocks).set({ creditedUntil: now }).where(eq(readClocks.userId, view.userId));

    const [day] = await tx
      .insert(reads)
      .values({
        articleId: view.articleId,
        publisherId: view.publisherId,
        userId: view.userId,
        audience: view.audience,
        readDay: utcDay(now),
        seconds: Math.min(credit, view.capSeconds),
        readAt: now,
      })
      .onConflictDoUpdate({
        target: [reads.userId, reads.articleId, reads.readDay, reads.audience],
        set: {
          seconds: sql`least(${view.capSeconds}, ${reads.seconds} + ${credit})`,
          readAt: sql`case when ${reads.seconds} < ${view.capSeconds} then ${now.toISOString()}::timestamptz else ${reads.readAt} end`,
        },
      })
      .returning({ seconds: reads.seconds });
    return Math.min(credit, day?.seconds ?? 0);
  });
}

/** Views whose tokens can no longer be used: nothing more will be counted on them. */
export async function deleteReadViewsIssuedBefore(before: Date): Promise<number> {
  const db = await getDb();
  const rows = await db
    .delete(readViews)
    .where(lt(readViews.issuedAt, before))
    .returning({ id: readViews.id });
  return rows.length;
}

/** A reader's reading-time rows, newest first (their data export). */
export async function listReadsOfUser(userId: string) {
  const db = await getDb();
  return db
    .select({
      articleId: reads.articleId,
      publisherId: reads.publisherId,
      day: reads.readDay,
      seconds: reads.seconds,
      audience: reads.audience,
      readAt: reads.readAt,
    })
    .from(reads)
    .where(eq(reads.userId, userId))
    .orderBy(desc(reads.readAt));
}
