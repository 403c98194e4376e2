import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";
import { payoutLines, payoutMonths } from "../schema";
import { at } from "./figures-sql";

// Publisher payouts' SQL (lib/business/payouts.ts decides what is paid). Every function takes the caller's
// transaction when it has one: the close reads and writes on `tx` (one connection on PGlite).

type PayoutMonthRow = typeof payoutMonths.$inferSelect;
type PayoutLineRow = typeof payoutLines.$inferSelect;

/** A [start, end) span of time (a month, or a run of months). */
export interface Span {
  start: Date;
  end: Date;
}

export interface TitleSecondsRow {
  publisherId: number;
  slug: string;
  name: string;
  /** Members' seconds read (read_at) in the month itself. */
  ownSeconds: number;
  /** Members' seconds read in closed months but not in their frozen lines: recorded after the close. */
  lateSeconds: number;
}

const handle = async (tx?: Database) => tx ?? (await getDb());

/** The closed months, oldest first (one small row per month). */
export async function listClosedPayoutMonths(tx?: Database): Promise<PayoutMonthRow[]> {
  const db = await handle(tx);
  return db.select().from(payoutMonths).orderBy(asc(payoutMonths.month));
}

/** Serialises closes: the run of closed months is checked and extended by one close at a time. */
export async function lockPayoutMonths(tx: Database): Promise<void> {
  await tx.execute(sql`lock table payout_months in share row exclusive mode`);
}

export async function listPayoutLines(month: string, tx?: Database): Promise<PayoutLineRow[]> {
  const db = await handle(tx);
  return db.select().from(payoutLines).where(eq(payoutLines.month, month));
}

const memberSeconds = (span: Span) => sql`
  select publisher_id, sum(seconds)::float8 as s from reads
  where audience = 'member' and read_at >= ${at(span.start)} and read_at < ${at(span.end)}
  group by publisher_id`;

/**
 * Each title's member seconds in `month`, and — when `closed` is the run of closed months whose late reads this
 * month takes — what was read in them beyond their frozen lines (never below 0 per title). Titles with neither
 * are left out. One statement, so both come from one snapshot.
 */
export async function sumPayoutSecondsByTitle(
  month: Span,
  closed: Span | null,
  tx?: Database,
): Promise<TitleSecondsRow[]> {
  const db = await handle(tx);
  const late = closed
    ? sql`select c.publisher_id, greatest(0, c.s - coalesce(f.s, 0)) as s
        from (${memberSeconds(closed)}) c
        left join (select publisher_id, sum(seconds)::float8 as s from payout_lines group by publisher_id) f
          on f.publisher_id = c.publisher_id`
    : sql`select 0 as publisher_id, 0::float8 as s where false`;
  const rows = rowsOf<TitleSecondsRow>(
    await db.execute(sql`
      with own as (${memberSeconds(month)}), late as (${late})
      select p.id as "publisherId", p.slug, p.name,
        coalesce(own.s, 0)::float8 as "ownSeconds", coalesce(late.s, 0)::float8 as "lateSeconds"
      from publishers p left join own on own.publisher_id = p.id left join late on late.publisher_id = p.id
      where coalesce(own.s, 0) > 0 or coalesce(late.s, 0) > 0`),
  );
  return rows.map((r) => ({ ...r, ownSeconds: Number(r.ownSeconds), lateSeconds: Number(r.lateSeconds) }));
}

/**
 * Net membership revenue in `currency`: paid (less tax) in `month` less refunded in it (by when each was made),
 * and (with `closed`) the same over the closed months beyond what their frozen rows counted — what was recorded
 * for them after their close, a refund as much as a payment (a late refund makes it negative).
 */
export async function sumNetRevenue(
  month: Span,
  closed: Span | null,
  currency: string,
  tx?: Database,
): Promise<{ ownMinor: number; lateMinor: number }> {
  const db = await handle(tx);
  const paid = (span: Span) => sql`((select coalesce(sum(net_minor), 0)::float8 from membership_payments
    where currency = ${currency} and paid_at >= ${at(span.start)} and paid_at < ${at(span.end)})
    - (select coalesce(sum(amount_minor), 0)::float8 from membership_refunds
    where currency = ${currency} and status in ('succeeded', 'pending')
      and refunded_at >= ${at(span.start)} and refunded_at < ${at(span.end)}))`;
  const late = closed
    ? sql`${paid(closed)} - (select coalesce(sum(net_revenue_minor), 0)::float8 from payout_months)`
    : sql`0::float8`;
  const [row] = rowsOf<{ own: number; late: number }>(
    await db.execute(sql`select ${paid(month)} as own, ${late} as late`),
  );
  return { ownMinor: Number(row?.own ?? 0), lateMinor: Number(row?.late ?? 0) };
}

export async function insertClosedPayoutMonth(
  tx: Database,
  month: typeof payoutMonths.$inferInsert,
  lines: (typeof payoutLines.$inferInsert)[],
): Promise<PayoutMonthRow> {
  const [row] = await tx.insert(payoutMonths).values(month).returning();
  if (lines.length > 0) await tx.insert(payoutLines).values(lines);
  if (!row) throw new Error(`payout month ${month.month} was not stored`);
  return row;
}
