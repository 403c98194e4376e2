import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";

// The daily roll-up of `reads` (reading_daily) that the reading figures and payouts read for whole past days.
// A reads row only changes within its own UTC day, so a day once over is final: each run re-rolls from the
// day before its mark (a beacon still in flight at midnight) up to today, and moves the mark to today.

const MARK = "reading";

/** The first day not in reading_daily yet (null: never rolled), as YYYY-MM-DD. */
export const rolledUntilSql = sql`(select rolled_until from rollup_marks where name = ${MARK})`;

/** The narrower roll-ups (schema-rollups.ts) of [from, until), from reading_daily's rows just written. */
async function rollUpNarrow(tx: Pick<Database, "execute">, from: string, until: string): Promise<void> {
  for (const [name, column] of [
    ["reading_daily_topics", "topic_id"],
    ["reading_daily_titles", "publisher_id"],
  ] as const) {
    const [table, key] = [sql.identifier(name), sql.identifier(column)];
    await tx.execute(sql`delete from ${table} where day >= ${from}::date and day < ${until}::date`);
    await tx.execute(sql`
      insert into ${table} (day, ${key}, audience, reads, seconds)
      select day, ${key}, audience, sum(reads)::int, sum(seconds) from reading_daily
      where day >= ${from}::date and day < ${until}::date group by 1, 2, 3`);
  }
}

/** Rolls whole days up to today (UTC, the database's clock); `since` (YYYY-MM-DD) re-rolls from that day. */
export async function rollUpReading(since?: string): Promise<{ from: string | null; until: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // One run at a time: a second waits here, then finds nothing left to do.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('reading-rollup'))`);
    const [range] = rowsOf<{ from: string | null; until: string }>(
      await tx.execute(sql`
        select to_char(coalesce(${since ?? null}::date, ${rolledUntilSql} - 1,
                 (select min(read_at at time zone 'UTC')::date from reads)), 'YYYY-MM-DD') as "from",
               to_char((now() at time zone 'UTC')::date, 'YYYY-MM-DD') as until`),
    );
    if (!range) throw new Error("reading roll-up: no range");
    if (range.from !== null && range.from < range.until) {
      await tx.execute(
        sql`delete from reading_daily where day >= ${range.from}::date and day < ${range.until}::date`,
      );
      await tx.execute(sql`
        insert into reading_daily (day, publisher_id, topic_id, audience, reads, seconds)
        select (r.read_at at time zone 'UTC')::date, r.publisher_id, a.topic_id, r.audience, count(*), sum(r.seconds)
        from reads r join articles a on a.id = r.article_id
        where r.read_at >= ${range.from}::date::timestamp at time zone 'UTC' and r.read_at < ${range.until}::date::timestamp at time zone 'UTC'
        group by 1, 2, 3, 4`);
      await rollUpNarrow(tx, range.from, range.until);
    }
    await tx.execute(sql`
      insert into rollup_marks (name, rolled_until, rolled_at) values (${MARK}, ${range.until}::date, now())
      on conflict (name) do update set rolled_until = excluded.rolled_until, rolled_at = excluded.rolled_at`);
    return range;
  });
}
