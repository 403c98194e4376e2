import { loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "../../lib/db/open";
import { setDatabase } from "../../lib/db/client";
import {
  getArticleBody,
  getArticleBySlug,
  listLatestArticles,
  listRelatedArticles,
  listTopicRails,
  listTopStories,
} from "../../lib/db/queries/articles";
import { listEditorsPicks } from "../../lib/db/queries/picks";
import { searchArticles } from "../../lib/db/queries/search";
import { percentile } from "./stats";
import { explainCaptured, installQueryCapture, isExplainable } from "./capture";

// Each reader query, timed through the reader's own functions (p95 over many calls with varied
// parameters), and the plan of every statement it sent, from EXPLAIN on the captured SQL.

interface Sample {
  articles: { id: number; slug: string; topicId: number; publisherId: number }[];
  publisherIds: number[];
  topicIds: number[];
  topicSlugs: string[];
  pick: <T>(items: T[], i: number) => T;
}

export interface QueryResult {
  name: string;
  p95: number;
  p50: number;
  targetMs: number;
  indexBacked: boolean;
  plan: string;
  /** The statements' own execution time, median of PLAN_RUNS EXPLAIN ANALYZE (less noisy than the wall clock). */
  planMs?: number;
  /** The 1-minute load average when the row was measured (the machine is shared). */
  load?: number;
}

export interface QuerySpec<S = Sample> {
  name: string;
  targetMs: number;
  run: (s: S, i: number) => Promise<unknown>;
}

export const COMMON_WORD = "council";
/** Each row's statements are run this many times under EXPLAIN ANALYZE; "plan ms" is the median. */
const PLAN_RUNS = 5;
const BIG_TABLES = [
  "articles",
  "article_authors",
  "reader_follows",
  "reading_history",
  "reads",
  "briefing_subscriptions",
  "briefing_sends",
];
const RARE_WORD = "beavers";

const week = () => new Date(Date.now() - 7 * 86_400_000);
const specs: QuerySpec[] = [
  { name: "latest overall", targetMs: 10, run: () => listLatestArticles({ page: 1, pageSize: 20 }) },
  { name: "latest overall, page 5", targetMs: 10, run: () => listLatestArticles({ page: 5, pageSize: 20 }) },
  {
    name: "latest by publisher",
    targetMs: 10,
    run: (s, i) => listLatestArticles({ page: 1, pageSize: 20, publisherId: s.pick(s.publisherIds, i) }),
  },
  {
    name: "latest by topic",
    targetMs: 10,
    run: (s, i) => listLatestArticles({ page: 1, pageSize: 20, topicId: s.pick(s.topicIds, i) }),
  },
  { name: "top stories", targetMs: 10, run: () => listTopStories(10) },
  { name: "topic rails (home)", targetMs: 10, run: () => listTopicRails(4) },
  { name: "editors' picks", targetMs: 10, run: () => listEditorsPicks(12) },
  {
    name: "related (topic, other titles)",
    targetMs: 10,
    run: (s, i) => listRelatedArticles(s.pick(s.articles, i), 6),
  },
  {
    name: "article by slug (+ byline)",
    targetMs: 10,
    run: (s, i) => getArticleBySlug(s.pick(s.articles, i).slug),
  },
  { name: "article body by id", targetMs: 10, run: (s, i) => getArticleBody(s.pick(s.articles, i).id) },
  {
    name: `search "${COMMON_WORD}" (common)`,
    targetMs: 50,
    run: () => searchArticles({ q: COMMON_WORD, page: 1, pageSize: 20 }),
  },
  {
    name: `search "${RARE_WORD}" (rarer)`,
    targetMs: 50,
    run: () => searchArticles({ q: RARE_WORD, page: 1, pageSize: 20 }),
  },
  {
    name: "search finance director (two words)",
    targetMs: 50,
    run: () => searchArticles({ q: "finance director", page: 1, pageSize: 20 }),
  },
  {
    name: 'search "health board" (phrase)',
    targetMs: 50,
    run: () => searchArticles({ q: '"health board"', page: 1, pageSize: 20 }),
  },
  {
    name: 'search "ferry timetable" (no such phrase)',
    targetMs: 50,
    run: () => searchArticles({ q: '"ferry timetable"', page: 1, pageSize: 20 }),
  },
  {
    name: "search + topic + last 7 days",
    targetMs: 50,
    run: (s, i) =>
      searchArticles({
        q: "harbour",
        topicSlug: s.pick(s.topicSlugs, i),
        from: week(),
        page: 1,
        pageSize: 20,
      }),
  },
];

async function loadSample(db: Database): Promise<Sample> {
  const [counts] = rowsOf<{ n: string }>(await db.execute(sql`select max(id) as n from articles`));
  const step = Math.max(1, Math.floor(Number(counts?.n ?? 1) / 300));
  const articles = rowsOf<{ id: string | number; slug: string; topic_id: number; publisher_id: number }>(
    await db.execute(
      sql`select id, slug, topic_id, publisher_id from articles where id % ${step} = 0 and status = 'published' limit 300`,
    ),
  ).map((a) => ({ id: Number(a.id), slug: a.slug, topicId: a.topic_id, publisherId: a.publisher_id }));
  const publisherIds = rowsOf<{ id: number }>(await db.execute(sql`select id from publishers`)).map(
    (p) => p.id,
  );
  const topics = rowsOf<{ id: number; slug: string }>(await db.execute(sql`select id, slug from topics`));
  if (articles.length === 0) throw new Error("no articles to sample");
  return {
    articles,
    publisherIds,
    topicIds: topics.map((t) => t.id),
    topicSlugs: topics.map((t) => t.slug),
    pick: <T>(items: T[], i: number): T => items[(i * 7919) % items.length] as T,
  };
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/**
 * A Seq Scan on a big table that read at most this many rows is not a miss: the table was (nearly) empty when the
 * row ran (briefing_sends at the start of a briefing run), and the planner rightly read it whole.
 */
const SMALL_SCAN_ROWS = 1_000;
const rowsRead = (n: PlanNode) =>
  ((n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0)) * (n["Actual Loops"] ?? 1);

function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

function judgePlan(plans: unknown[]): { indexBacked: boolean; plan: string; planMs: number } {
  const nodes = plans.flatMap((p) => {
    const first = (p as { Plan: PlanNode }[])[0];
    return first ? walk(first.Plan) : [];
  });
  // The tables that grow with the archive or the readers: a Seq Scan on one of them is a miss (unless it read a
  // handful of rows, see SMALL_SCAN_ROWS).
  const onBig = (n: PlanNode) =>
    BIG_TABLES.some((t) => n["Relation Name"] === t || (n["Index Name"] ?? "").startsWith(`${t}_`));
  const onBigTables = nodes.filter(onBig);
  const scans = onBigTables.filter((n) => n["Node Type"] === "Seq Scan");
  const seq = scans.find((n) => rowsRead(n) > SMALL_SCAN_ROWS);
  const smallScans = scans
    .filter((n) => n !== seq)
    .map((n) => `, Seq Scan on ${n["Relation Name"]} (${rowsRead(n)} rows)`)
    .join("");
  if (plans.length === 0) return { indexBacked: false, plan: "no statement captured", planMs: 0 };
  const planMs = plans.reduce<number>(
    (total, p) => total + ((p as { "Execution Time"?: number }[])[0]?.["Execution Time"] ?? 0),
    0,
  );
  const indexes = [...new Set(onBigTables.filter((n) => n["Index Name"]).map((n) => n["Index Name"]))];
  // A Sort means the index found the rows but did not deliver their order (fine over a small window).
  const sorted = nodes.some((n) => n["Node Type"] === "Sort") ? " + Sort" : "";
  return {
    indexBacked: !seq && indexes.length > 0,
    plan: (seq ? `Seq Scan on ${seq["Relation Name"]}` : indexes.join(", ") + smallScans) + sorted,
    planMs,
  };
}

export async function measureQueries(db: Database, iterations: number): Promise<QueryResult[]> {
  setDatabase(db);
  return timeQueries(db, specs, await loadSample(db), iterations);
}

const WARM_CALLS = 5;

/**
 * How many calls a row makes, each with its own index into the sample: the timed ones, the warm-up after them and
 * the explained one. A sample as long gives every call its own item (see timeQueries).
 */
export const callsPerRow = (iterations: number) => iterations + WARM_CALLS + 1;

/** Times each spec (p50/p95 over `iterations` calls after a warm-up) and explains what one call sent. */
export async function timeQueries<S>(
  db: Database,
  specs: QuerySpec<S>[],
  sample: S,
  iterations: number,
): Promise<QueryResult[]> {
  const capture = installQueryCapture(db);
  const results: QueryResult[] = [];
  for (const spec of specs) {
    // Warm the plan on calls the timed ones do not repeat, and explain a call not made before: the personal rows'
    // lists are kept per reader on PGlite (lib/db/kept-until-write.ts), so a repeated reader would be a kept hit,
    // timed without its statement, and explained as no statement at all.
    for (let i = 0; i < WARM_CALLS; i++) await spec.run(sample, iterations + i);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await spec.run(sample, i);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const statements = (await capture.record(() => spec.run(sample, iterations + WARM_CALLS))).filter(
      isExplainable,
    );
    // EXPLAIN ANALYZE PLAN_RUNS times: the plan of the first, the median of their execution times.
    const runs: { plan: string; indexBacked: boolean; planMs: number }[] = [];
    for (let run = 0; run < PLAN_RUNS; run++) {
      const plans: unknown[] = [];
      for (const statement of statements) plans.push(await explainCaptured(db, statement));
      runs.push(judgePlan(plans));
    }
    const planMs = percentile(
      runs.map((r) => r.planMs).sort((a, b) => a - b),
      0.5,
    );
    const plan = { ...runs[0]!, planMs };
    results.push({
      name: spec.name,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      targetMs: spec.targetMs,
      load: loadavg()[0] ?? 0,
      ...plan,
    });
  }
  return results;
}
