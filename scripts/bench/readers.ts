import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "../../lib/db/open";
import { callsPerRow } from "./queries";

// The personal rows' readers, generated set-wise in SQL (generate_series, one statement per batch of readers):
// each with FOLLOWS follows (8 titles, 6 topics, 6 authors), MUTES mutes (2 titles, 1 topic, 2 authors) and
// HISTORY stories in their reading history, picked spread over the newest HISTORY_POOL stories. Ids are
// `bench-reader-<n>`; a later run with more readers adds the missing ones.

export const FOLLOWS = 20;
export const MUTES = 5;
export const HISTORY = 30;
const HISTORY_POOL = 20_000;
const BATCH = 20_000;

const readerId = (n: number) => `bench-reader-${n}`;

async function countReaders(db: Database): Promise<number> {
  const [row] = rowsOf<{ n: string | number }>(
    await db.execute(sql`select count(*) as n from users where id like 'bench-reader-%'`),
  );
  return Number(row?.n ?? 0);
}

export async function fillReaders(db: Database, target: number): Promise<void> {
  const have = await countReaders(db);
  if (have >= target) {
    console.log(`database already holds ${have.toLocaleString("en-GB")} bench readers`);
    return;
  }
  const started = Date.now();
  for (let from = have + 1; from <= target; from += BATCH) {
    const to = Math.min(target, from + BATCH - 1);
    await fillBatch(db, from, to);
    console.log(`readers ${to.toLocaleString("en-GB")} / ${target.toLocaleString("en-GB")}`);
  }
  // Vacuumed as well as analysed: as a settled database would be (index-only scans without heap reads).
  await db.execute(sql`vacuum (analyze) users, reader_follows, reading_history`);
  console.log(`filled readers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Slot i of a kind picks ids[(g·a + i·b) mod n] with b prime to n: distinct targets per reader, varied across readers.
// The last slots of each kind are the mutes.
async function fillBatch(db: Database, from: number, to: number): Promise<void> {
  await db.execute(sql`
    insert into users (id, email, name)
    select 'bench-reader-' || g, 'bench-reader-' || g || '@example.test', 'Bench reader ' || g
    from generate_series(${from}::int, ${to}::int) g
    on conflict do nothing`);
  await db.execute(sql`
    with p as (select array_agg(id order by id) as ids from publishers where active),
      t as (select array_agg(id order by id) as ids from topics),
      au as (select array_agg(id order by id) as ids from authors),
      slots as (
        select 'publisher' as kind, i, i >= 8 as muted, 7 as a, 17 as b from generate_series(0, 9) i
        union all select 'topic', i, i >= 6, 5, 3 from generate_series(0, 6) i
        union all select 'author', i, i >= 6, 11, 37 from generate_series(0, 7) i
      )
    insert into reader_follows (user_id, kind, target_id, muted)
    select 'bench-reader-' || g, s.kind::follow_kind,
      (case s.kind when 'publisher' then p.ids when 'topic' then t.ids else au.ids end)[
        1 + (g * s.a + s.i * s.b) % cardinality(case s.kind when 'publisher' then p.ids when 'topic' then t.ids else au.ids end)],
      s.muted
    from generate_series(${from}::int, ${to}::int) g cross join p cross join t cross join au cross join slots s
    on conflict do nothing`);
  await db.execute(sql`
    with pool as (
      select array_agg(id) as ids from (
        select id from articles where status = 'published'
        order by published_at desc nulls last, id desc nulls last limit ${HISTORY_POOL}
      ) newest
    )
    insert into reading_history (user_id, article_id, last_read_at, position)
    select 'bench-reader-' || g, pool.ids[1 + (g * 31 + j * 7919) % cardinality(pool.ids)],
      now() - j * interval '3 hours' - (g % 60) * interval '1 minute', 1
    from generate_series(${from}::int, ${to}::int) g cross join pool cross join generate_series(0, ${HISTORY - 1}) j
    on conflict do nothing`);
}

/** Readers for one query row: at least 500, and one of its own for every call the row makes (see timeQueries). */
export function sampleReadersForRow(total: number, iterations: number): string[] {
  return sampleReaders(total, Math.max(500, callsPerRow(iterations)));
}

/** Up to `count` bench readers spread over the ones there are. */
export function sampleReaders(total: number, count: number): string[] {
  const step = Math.max(1, Math.floor(total / count));
  return Array.from({ length: Math.min(count, total) }, (_, i) => readerId(1 + i * step));
}
