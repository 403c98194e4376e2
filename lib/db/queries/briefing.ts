import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";
import { briefingSends, briefingSubscriptions, type BriefingSubscription } from "../schema";

// The daily briefing's rows (lib/personal/briefing*.ts): a reader's opt-in (hour and IANA zone), and one
// claim per reader and local date, inserted in the same transaction as the mail so it goes out once.

export async function findBriefingSubscription(userId: string): Promise<BriefingSubscription | null> {
  const db = await getDb();
  const [row] = await db.select().from(briefingSubscriptions).where(eq(briefingSubscriptions.userId, userId));
  return row ?? null;
}

export async function upsertBriefingSubscription(userId: string, sendHour: number, timeZone: string) {
  const db = await getDb();
  await db
    .insert(briefingSubscriptions)
    .values({ userId, sendHour, timeZone })
    .onConflictDoUpdate({
      target: briefingSubscriptions.userId,
      set: { sendHour, timeZone, updatedAt: sql`now()` },
    });
}

/** Turns the briefing off (no row = off); true when it was on. */
export async function deleteBriefingSubscription(userId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(briefingSubscriptions)
    .where(eq(briefingSubscriptions.userId, userId))
    .returning({ userId: briefingSubscriptions.userId });
  return rows.length > 0;
}

/** Whether the database can compute local times in `zone` (its tz database, not only the JavaScript one). */
export async function isDatabaseTimeZone(zone: string): Promise<boolean> {
  const db = await getDb();
  const rows = rowsOf<{ ok: boolean }>(
    await db.execute(sql`select exists (select 1 from pg_timezone_names where name = ${zone}) as ok`),
  );
  return rows[0]?.ok === true;
}

export interface DueBriefing {
  userId: string;
  email: string;
  /** The reader's local date at `at` (YYYY-MM-DD): the day this briefing is for. */
  localDate: string;
}

/**
 * Subscribers whose local clock at `at` has reached their hour today and who have no briefing for that local
 * date yet, by user id and after `after` (the last of the previous page). The local date and hour come from
 * PostgreSQL's tz database (`at time zone`), so DST is its business.
 */
export async function listDueBriefings(at: Date, limit: number, after?: string): Promise<DueBriefing[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select s.user_id as "userId", u.email, to_char(l.local, 'YYYY-MM-DD') as "localDate"
    from briefing_subscriptions s
    join users u on u.id = s.user_id
    cross join lateral (select (${at.toISOString()}::timestamptz at time zone s.time_zone) as local) l
    where extract(hour from l.local) >= s.send_hour ${after === undefined ? sql`` : sql`and s.user_id > ${after}`}
      and not exists (
        select 1 from briefing_sends b where b.user_id = s.user_id and b.local_date = l.local::date)
    order by s.user_id
    limit ${limit}`);
  return rowsOf<DueBriefing>(result);
}

/**
 * Claims the reader's briefing for `localDate`, re-checking in the same statement that they are still
 * subscribed. True for exactly one caller, however many instances or reruns try; false once claimed.
 */
export async function claimBriefingSend(
  tx: Database,
  claim: { userId: string; localDate: string; storyCount: number },
): Promise<boolean> {
  const rows = await tx
    .insert(briefingSends)
    .select(
      tx
        .select({
          userId: briefingSubscriptions.userId,
          localDate: sql<string>`${claim.localDate}::date`.as("local_date"),
          mailId: sql<number | null>`null::integer`.as("mail_id"),
          storyCount: sql<number>`${claim.storyCount}::integer`.as("story_count"),
          sentAt: sql<Date>`now()`.as("sent_at"),
        })
        .from(briefingSubscriptions)
        .where(eq(briefingSubscriptions.userId, claim.userId)),
    )
    .onConflictDoNothing()
    .returning({ userId: briefingSends.userId });
  return rows.length === 1;
}

export async function setBriefingMailId(
  tx: Database,
  userId: string,
  localDate: string,
  mailId: number,
): Promise<void> {
  await tx
    .update(briefingSends)
    .set({ mailId })
    .where(and(eq(briefingSends.userId, userId), eq(briefingSends.localDate, localDate)));
}

/** A reader's briefings, newest first (the data export). */
export async function listBriefingSendsOf(userId: string) {
  const db = await getDb();
  return db
    .select({
      localDate: briefingSends.localDate,
      storyCount: briefingSends.storyCount,
      sentAt: briefingSends.sentAt,
    })
    .from(briefingSends)
    .where(eq(briefingSends.userId, userId))
    .orderBy(sql`${briefingSends.localDate} desc`);
}

/** Forgets briefings older than `days` (the claim matters only around its own local date); answers how many. */
export async function purgeOldBriefingSends(days: number): Promise<number> {
  const db = await getDb();
  const rows = await db
    .delete(briefingSends)
    .where(lt(briefingSends.localDate, sql`(current_date - make_interval(days => ${days}))::date`))
    .returning({ userId: briefingSends.userId });
  return rows.length;
}
