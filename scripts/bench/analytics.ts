import { sql } from "drizzle-orm";
import { getAnalytics } from "../../lib/business/analytics";
import { monthFromKey, monthsAfter } from "../../lib/business/payout-month";
import { getPayoutStatement } from "../../lib/business/payouts";
import { periodSchema, type Period } from "../../lib/business/period";
import { setDatabase } from "../../lib/db/client";
import {
  countCancellationReasons,
  countEvents,
  countStatesAt,
  countTrialCohorts,
  sumStateChanges,
} from "../../lib/db/queries/membership-figures";
import {
  sumReadingByBucket,
  sumReadingByTitle,
  sumReadingByTopic,
} from "../../lib/db/queries/reading-figures";
import { rowsOf, type Database } from "../../lib/db/open";
import { explainCaptured, installQueryCapture, isExplainable } from "./capture";
import type { QueryResult } from "./queries";
import { table } from "./report";
import { percentile } from "./stats";

// The /admin/analytics queries (issue 16 point 4: p95 ≤ 200 ms at 100,000 members and 10,000,000 reads), each
// through the function the page calls, over the default view (12 weeks by week), plus the whole dashboard at
// three views. The plan column names the indexes used and any sequential scan of a big table.

const TARGET_MS = 200;
const BIG_TABLES = [
  "membership_history",
  "reads",
  "reading_daily_topics",
  "reading_daily_titles",
  "membership_payments",
];

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const period = (days: number, granularity: string): Period =>
  periodSchema.parse({ from: daysAgo(days), to: daysAgo(0), granularity });

const view = period(83, "week");
const admin = { role: "admin" as const };

// Payouts read `reads` and the payments directly (README "Publisher payouts"): last month as an open month, and
// as the month right after a run of twelve closed months, whose late seconds and revenue it also scans.
const lastMonth = monthsAfter(monthFromKey(daysAgo(0).slice(0, 7)), -1);
const CLOSED_RUN = 12;

/** Closes (as frozen rows only) the twelve months before last month; gives back what to delete afterwards. */
async function closeRunBefore(db: Database): Promise<() => Promise<void>> {
  const months = Array.from(
    { length: CLOSED_RUN },
    (_, i) => monthsAfter(lastMonth, i - CLOSED_RUN).key + "-01",
  );
  const made = rowsOf<{ month: string }>(
    await db.execute(sql`insert into payout_months (month, currency, pool_percent, net_revenue_minor, pool_minor, total_seconds)
      select m::date, 'gbp', 50, 0, 0, 0 from unnest(string_to_array(${months.join(",")}, ',')) m
      on conflict (month) do nothing returning month::text`),
  ).map((r) => r.month);
  return async () => {
    await db.execute(
      sql`delete from payout_months where month::text = any(string_to_array(${made.join(",")}, ','))`,
    );
  };
}

interface Spec {
  name: string;
  run: () => Promise<unknown>;
  /** Prepares the data the row needs; gives back how to undo it. */
  setUp?: (db: Database) => Promise<() => Promise<void>>;
}

const specs: Spec[] = [
  { name: "members by state at a day (baseline)", run: () => countStatesAt(view.from, "gbp") },
  { name: "state changes by week", run: () => sumStateChanges(view.from, view.to, "week", "gbp") },
  { name: "trials, churn, reactivations by week", run: () => countEvents(view.from, view.to, "week") },
  { name: "conversion by weekly cohort", run: () => countTrialCohorts(view.from, view.to) },
  { name: "cancellation reasons", run: () => countCancellationReasons(view.from, view.to) },
  { name: "reading by week", run: () => sumReadingByBucket(view.from, view.to, "week") },
  { name: "reading by topic", run: () => sumReadingByTopic(view.from, view.to) },
  { name: "reading by title", run: () => sumReadingByTitle(view.from, view.to) },
  { name: "dashboard: 12 weeks by week", run: () => getAnalytics(admin, view) },
  { name: "dashboard: 90 days by day", run: () => getAnalytics(admin, period(89, "day")) },
  { name: "dashboard: a year by month", run: () => getAnalytics(admin, period(365, "month")) },
  { name: "dashboard: two years by week", run: () => getAnalytics(admin, period(729, "week")) },
  { name: "payouts: last month, open", run: () => getPayoutStatement(lastMonth) },
  {
    name: `payouts: last month after ${CLOSED_RUN} closed`,
    run: () => getPayoutStatement(lastMonth),
    setUp: closeRunBefore,
  },
];

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

function describePlans(plans: unknown[]): { indexBacked: boolean; plan: string } {
  const nodes = plans.flatMap((p) => {
    const first = (p as { Plan: PlanNode }[])[0];
    return first ? walk(first.Plan) : [];
  });
  const seqs = [
    ...new Set(
      nodes
        .filter((n) => n["Node Type"] === "Seq Scan" && BIG_TABLES.includes(n["Relation Name"] ?? ""))
        .map((n) => `Seq Scan on ${n["Relation Name"]}`),
    ),
  ];
  const indexes = [...new Set(nodes.map((n) => n["Index Name"]).filter(Boolean))];
  return { indexBacked: seqs.length === 0, plan: [...seqs, ...indexes].join(", ") || "(small tables)" };
}

export async function measureAnalytics(db: Database, iterations: number): Promise<QueryResult[]> {
  setDatabase(db);
  const capture = installQueryCapture(db);
  const results: QueryResult[] = [];
  for (const spec of specs) {
    const undo = await spec.setUp?.(db);
    for (let i = 0; i < 3; i++) await spec.run(); // warm the cache and the plan
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await spec.run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const statements = (await capture.record(spec.run)).filter(isExplainable);
    const plans: unknown[] = [];
    for (const statement of statements) plans.push(await explainCaptured(db, statement));
    await undo?.();
    results.push({
      name: spec.name,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      targetMs: TARGET_MS,
      ...describePlans(plans),
    });
  }
  return results;
}

/** The rows judged by p95 alone: a sequential scan is shown, not failed (the baseline counts every membership). */
export function printAnalytics(results: QueryResult[]): void {
  console.log(
    table(
      ["query", "p50 ms", "p95 ms", "target", "plan", ""],
      results.map((q) => [
        q.name,
        q.p50.toFixed(1),
        q.p95.toFixed(1),
        `<${q.targetMs}`,
        q.plan,
        q.p95 < q.targetMs ? "ok" : "MISSED",
      ]),
    ),
  );
}
