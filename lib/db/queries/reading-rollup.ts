import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";

// The daily roll-ups of `reads` (schema-rollups.ts) that the reading figures read for whole past days.
// A reads row only changes within its own UTC day, so a day once over is final: each run re-rolls from the
// day before its mark (a beacon still in flight at midnight) up to today, and moves the mark to today.

const MARK = "reading";

/** The first day not in the roll-ups yet (null: never rolled), as YYYY-MM-DD. */
export const rolledUntilSql = sql`(select rolled_until from rollup_marks where name = ${MARK})`;

/** Each roll-up table and the key it sums `reads` by besides day and audience (the story's topic, or the title). */
const ROLLUPS = [
  { table: "reading_daily_topics", key: "topic_id", from: sql`a.topic_id` },
  { table: "reading_daily_titles", key: "publisher_id", from: sql`r.publisher_id` },
] as const;

/** Re-rolls [from, until) of every roll-up straight from `reads`. */
async function rollUpDays(tx: Pick<Database, "execute">, from: string, until: string): Promise<void> {
  for (const rollup of ROLLUPS) {
    const [table, key] = [sql.identifier(rollup.table), sql.identifier(rollup.key)];
    await tx.execute(sql`delete from ${table} where day >= ${from}::date and day < ${until}::date`);
    await tx.execute(sql`
      insert into ${table} (day, ${key}, audience, reads, seconds)
      select (r.read_at at time zone 'UTC')::date, ${rollup.from}, r.audience, count(*), sum(r.seconds)
      from reads r join articles a on a.id = r.article_id
      where r.read_at >= ${from}::date::timestamp at time zone 'UTC' and r.read_at < ${until}::date::timestamp at time zone 'UTC'
      group by 1, 2, 3`);
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
    if (range.from !== null && range.from < range.until) await rollUpDays(tx, range.from, range.until);
    await tx.execute(sql`
      insert into rollup_marks (name, rolled_until, rolled_at) values (${MARK}, ${range.until}::date, now())
      on conflict (name) do update set rolled_until = excluded.rolled_until, rolled_at = excluded.rolled_at`);
    return range;
  });
}
