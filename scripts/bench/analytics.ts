import { getAnalytics } from "../../lib/business/analytics";
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
import type { Database } from "../../lib/db/open";
import { explainCaptured, installQueryCapture, isExplainable } from "./capture";
import type { QueryResult } from "./queries";
import { table } from "./report";
import { percentile } from "./stats";

// The /admin/analytics queries (issue 16 point 4: p95 ≤ 200 ms at 100,000 members and 10,000,000 reads), each
// through the function the page calls, over the default view (12 weeks by week), plus the whole dashboard at
// three views. The plan column names the indexes used and any sequential scan of a big table.

const TARGET_MS = 200;
const BIG_TABLES = ["membership_history", "reads", "reading_daily_topics", "reading_daily_titles"];

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const period = (days: number, granularity: string): Period =>
  periodSchema.parse({ from: daysAgo(days), to: daysAgo(0), granularity });

const view = period(83, "week");
const admin = { role: "admin" as const };

const specs: { name: string; run: () => Promise<unknown> }[] = [
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
