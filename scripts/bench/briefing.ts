import { loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { rowsOf, runsOnOneConnection, type Database } from "../../lib/db/open";
import { listDueBriefings, type DueBriefing } from "../../lib/db/queries/briefing";
import { buildBriefing, loadBriefingPicks } from "../../lib/personal/briefing-content";
import { sendAll, sendBriefing, SENDS_AT_ONCE } from "../../lib/personal/briefing-job";
import { timeQueries, type QueryResult, type QuerySpec } from "./queries";
import { sampleReadersForRow } from "./readers";

// The daily briefing (issue 15, point 6) at scale: every bench reader opted in, all due at once (hour 0 in a few
// zones), as on the worst day. Rows: a page of the due list at the start of a run and halfway through it (half
// the readers claimed), one reader's content, and one reader sent (content, claim and outbox mail in one
// transaction). What the rows claim and write is removed afterwards, so a later run starts from the same state.

const PAGE = 200; // the job's batch (lib/personal/briefing-job.ts)
// A run must end within the job's 14-minute expiry (lib/jobs/queues.ts) with every reader due: 8 ms a reader at
// 100,000, pages included.
const RUN_BUDGET_MS = 14 * 60_000;
const ZONES = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo"];

interface BriefingSample {
  now: Date;
  readers: string[];
  due: DueBriefing[];
  picks: Awaited<ReturnType<typeof loadBriefingPicks>>;
  next: number;
}

const specs = (total: number): QuerySpec<BriefingSample>[] => [
  {
    name: `briefing: due list, first page (${PAGE} of ${total.toLocaleString("en-GB")})`,
    targetMs: 100,
    run: (s) => listDueBriefings(s.now, PAGE),
  },
  {
    name: "briefing: one reader's content",
    targetMs: Math.floor(RUN_BUDGET_MS / total),
    run: (s, i) => buildBriefing(s.readers[(i * 7919) % s.readers.length] ?? "", s.now, s.picks),
  },
  {
    // Each call takes the next due reader: a claimed day is not sent again.
    name: "briefing: one reader sent (content, claim, mail)",
    targetMs: Math.floor(RUN_BUDGET_MS / total),
    run: (s) => sendBriefing(s.due[s.next++ % s.due.length]!, s.now, s.picks),
  },
];

export async function measureBriefing(
  db: Database,
  readers: number,
  iterations: number,
): Promise<{ results: QueryResult[]; runEstimate: string }> {
  await subscribe(db, readers);
  const now = new Date();
  await forget(db);
  const info = console.info;
  console.info = () => {}; // the local outbox prints every mail
  try {
    const sample: BriefingSample = {
      now,
      readers: sampleReadersForRow(readers, iterations),
      due: await listDueBriefings(now, iterations + 50),
      picks: await loadBriefingPicks(),
      next: 0,
    };
    const results = await timeQueries(db, specs(readers), sample, iterations);
    // Halfway through a run: the first half of the readers (in the job's order, by id) claimed; the job asks for
    // the page after the last of them.
    const [middle] = rowsOf<{ user_id: string }>(
      await db.execute(sql`
        select user_id from briefing_subscriptions where user_id like 'bench-reader-%'
        order by user_id offset ${Math.floor(readers / 2) - 1} limit 1`),
    );
    await db.execute(sql`
      insert into briefing_sends (user_id, local_date, story_count)
      select s.user_id, (${now.toISOString()}::timestamptz at time zone s.time_zone)::date, 0
      from briefing_subscriptions s where s.user_id like 'bench-reader-%' and s.user_id <= ${middle?.user_id ?? ""}
      on conflict do nothing`);
    const halfway = await timeQueries(
      db,
      [
        {
          name: "briefing: due list, halfway through a run",
          targetMs: 100,
          run: () => listDueBriefings(now, PAGE, middle?.user_id),
        },
      ],
      sample,
      Math.min(iterations, 30),
    );
    results.splice(1, 0, ...halfway);
    const [first, half, , sent] = results;
    const pages = Math.ceil(readers / PAGE);
    const pagesSeconds = (pages * ((first?.p50 ?? 0) + (half?.p50 ?? 0))) / 2 / 1000;
    const oneAtATime = pagesSeconds + (readers * (sent?.p50 ?? 0)) / 1000;
    // As the job sends: the next due readers, SENDS_AT_ONCE at a time on PostgreSQL (one on PGlite).
    const atOnce = runsOnOneConnection(db) ? 1 : SENDS_AT_ONCE;
    const batch = await listDueBriefings(now, Math.min(400, readers));
    const started = performance.now();
    for (let i = 0; i < batch.length; i += atOnce)
      await sendAll(batch.slice(i, i + atOnce), now, sample.picks);
    const perReaderMs = (performance.now() - started) / Math.max(1, batch.length);
    const seconds = pagesSeconds + (readers * perReaderMs) / 1000;
    const runEstimate =
      `a run with all ${readers.toLocaleString("en-GB")} due: ~${(seconds / 60).toFixed(0)} min ` +
      `(${batch.length} readers sent ${atOnce} at a time: ${perReaderMs.toFixed(1)} ms a reader; one at a time at ` +
      `p50 it would be ~${(oneAtATime / 60).toFixed(0)} min; ${pages} pages; load average ${loadavg()[0]?.toFixed(1)})`;
    return { results, runEstimate };
  } finally {
    console.info = info;
    await forget(db);
  }
}

/** Every bench reader opted in at hour 0 of one of a few zones: all are due whenever the bench runs. */
async function subscribe(db: Database, readers: number): Promise<void> {
  const [row] = rowsOf<{ n: string | number }>(
    await db.execute(
      sql`select count(*) as n from briefing_subscriptions where user_id like 'bench-reader-%'`,
    ),
  );
  if (Number(row?.n ?? 0) >= readers) return;
  await db.execute(sql`
    insert into briefing_subscriptions (user_id, send_hour, time_zone)
    select 'bench-reader-' || g, 0, (string_to_array(${ZONES.join(",")}, ','))[1 + g % ${ZONES.length}]
    from generate_series(1, ${readers}::int) g
    on conflict do nothing`);
  await db.execute(sql`analyze briefing_subscriptions`);
}

/** Drops what a bench run claimed and mailed. */
async function forget(db: Database): Promise<void> {
  await db.execute(sql`delete from briefing_sends where user_id like 'bench-reader-%'`);
  await db.execute(sql`delete from outbox_emails where "to" like 'bench-reader-%@example.test'`);
}
