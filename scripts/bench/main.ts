// The benchmark (run through `npm run bench`, see scripts/bench.ts):
//   npm run bench -- [--articles 100000] [--readers 10000] [--database-url URL] [--duration 10]
//                    [--connections 50] [--iterations 200] [--skip-build] [--queries-only] [--keep]
//                    [--members 100000] [--reads 10000000] [--analytics-only | --skip-analytics]
//                    [--personal-only] [--page "search, new each time" …] [--cpu-profile DIR]
// Fills its own database, times every reader query and reads its plan, builds the app into
// .next-bench, then loads each page with autocannon against a prerendered page (/about) as reference.
// Exits non-zero on errors only; missed targets are reported.
import { sql } from "drizzle-orm";
import { rowsOf } from "../../lib/db/open";
import { setDatabase } from "../../lib/db/client";
import { loadavg } from "node:os";
import { measureAnalytics, printAnalytics } from "./analytics";
import { fillAnalytics } from "./analytics-data";
import { BENCH_USAGE, readArgs, UsageError } from "./args";
import { prepareDatabase, type BenchDatabase } from "./database";
import { measure, type LoadResult, type Target } from "./load";
import { COMMON_WORD, measureQueries } from "./queries";
import { createBenchMember } from "./member";
import { measurePersonalQueries } from "./personal";
import { measureBriefing } from "./briefing";
import { judgePages, printPages, printQueries } from "./report";
import { treeCpuMs, treeRssMb } from "./process-tree";
import { buildApp, startApp } from "./server";
import { cpuProfileEnv, profiler } from "./cpu-profile";
import { startBalancer } from "./balancer";
import type { BenchArgs } from "./args";
import type { BenchMember } from "./member";

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (args === "help") return console.log(BENCH_USAGE);
  const database = await prepareDatabase(args);
  console.log(`database: ${database.label}`);
  try {
    if (!args.skipAnalytics) await benchAnalytics(database, args);
    if (args.analyticsOnly) return;
    const queries = args.pages ? [] : await benchQueries(database, args);
    if (args.queriesOnly) return;
    const paths = await pickPaths(database);
    // The bench member must live in the benchmarked database, whichever rows ran before (with --page none did
    // and the app's own database would get it).
    setDatabase(database.db);
    const member = await createBenchMember();
    await database.close();
    await buildApp(args.skipBuild, database.serverEnv);
    const server = await startApp({
      ...database.serverEnv,
      AUTH_SECRET: member.authSecret,
      ...(await cpuProfileEnv(args.cpuProfile)),
    });
    const results: LoadResult[] = [];
    const rss: string[] = [];
    try {
      const targets: Target[] = [
        { name: "reference (/about)", paths: ["/about"] },
        { name: "home", paths: ["/"], minRatio: 0.8 },
        { name: "article", paths: paths.articles, minRatio: 0.8 },
        { name: "publisher", paths: paths.publishers },
        { name: "topic", paths: paths.topics },
        {
          // Repeated searches: the shell and each search's kept results (see the next row).
          name: "search",
          paths: [`/search?q=${COMMON_WORD}`, "/search?q=harbour", "/search?q=ferry+timetable"].flatMap(
            searchRequests,
          ),
          requestsPerUnit: 2,
        },
        // A search is the page (one shell for every search, from the page cache) and its results (GET
        // /api/search, run for a search nobody made in the last PAGE_CACHE_SECONDS): both are fired, in turn,
        // and the row counts searches (two requests each); its p50 and p99 are a request's.
        {
          name: "search, new each time",
          paths: paths.searches.flatMap(searchRequests),
          requestsPerUnit: 2,
          minRatio: 0.25,
          maxP99: 1000,
        },
        // A member who may read gets the members' shared copy of the page, body included, after the member
        // gate's check (lib/auth/member-gate.ts); their own parts (mutes included) come from POST /api/me.
        {
          name: "article, member",
          paths: paths.articles,
          minRatio: 0.5,
          maxP99: 150,
          headers: { cookie: member.cookie },
          expectText: "Account menu for",
          rejectText: "paywall-panel",
        },
        {
          name: "home, member",
          paths: ["/"],
          minRatio: 0.5,
          maxP99: 150,
          headers: { cookie: member.cookie },
          expectText: "Account menu for",
        },
        // What a member's browser asks for after the copy arrives: their own parts (no target of its own).
        {
          name: "member's parts, article",
          paths: ["/api/me"],
          untargeted: true,
          headers: { cookie: member.cookie },
          jsonBody: JSON.stringify({
            article: paths.articles[0]?.replace("/articles/", ""),
            cards: paths.cardIds.slice(0, 12),
          }),
          expectText: "viewToken",
        },
        {
          name: "member's parts, home",
          paths: ["/api/me"],
          untargeted: true,
          headers: { cookie: member.cookie },
          jsonBody: JSON.stringify({ home: true, cards: paths.cardIds.slice(0, 40) }),
          expectText: "forYou",
        },
        // Many readers at once for a minute: no request may fail.
        {
          name: "article, 200 connections",
          paths: paths.articles,
          untargeted: true,
          connections: 200,
          duration: 60,
        },
      ];
      for (const target of pickTargets(targets, args.pages)) {
        console.log(`loading ${target.name} for ${args.duration} s at ${args.connections} connections…`);
        const around = profiler(args.cpuProfile, server.pid, target.name);
        results.push(
          await measure(server.url, target, args.connections, args.duration, around, () =>
            treeCpuMs(server.pid),
          ),
        );
      }
      rss.push(`one instance: ${treeRssMb(server.pid)?.toFixed(0) ?? "?"} MB`);
    } finally {
      await server.stop();
    }
    if (!args.pages)
      results.push(...(await measureTwoInstances(database, member, paths.articles, args, rss)));
    console.log(
      `\npages (autocannon, ${args.connections} connections, ${args.duration} s each, after warm-up):`,
    );
    printPages(judgePages(results));
    console.log(`server RSS after the run: ${rss.join("; ")}`);
    if (queries.length > 0) {
      console.log("\nqueries again, for the record:");
      printQueries(queries);
    }
  } finally {
    await database.dispose();
  }
  if (args.queriesOnly || args.analyticsOnly || args.pages) return;
  // Last: it points this process's database handle at a scratch database of its own.
  const { measureWebhooks, printWebhooks } = await import("./webhooks");
  console.log("\nStripe webhook handling (emulator events through the real handler):");
  printWebhooks(await measureWebhooks({ rounds: 30 }));
  const { measureIngest, printIngest } = await import("./ingest");
  console.log("\nfeed ingestion (a loopback feed and the local wire, no images):");
  printIngest(await measureIngest({ items: 2000 }));
}

async function benchQueries(database: BenchDatabase, args: BenchArgs) {
  console.log(
    `\nreader queries at ${args.articles.toLocaleString("en-GB")} articles (${args.iterations} calls each):`,
  );
  const queries = args.personalOnly ? [] : await measureQueries(database.db, args.iterations);
  console.log(`personal rows: ${args.readers.toLocaleString("en-GB")} readers`);
  queries.push(...(await measurePersonalQueries(database.db, args.readers, args.iterations)));
  const briefing = await measureBriefing(database.db, args.readers, args.iterations);
  queries.push(...briefing.results);
  printQueries(queries);
  console.log(briefing.runEstimate);
  return queries;
}

// --page NAME (repeatable): the reference (first) and the rows so named.
function pickTargets(targets: Target[], pages: string[] | undefined): Target[] {
  if (!pages) return targets;
  const unknown = pages.filter((name) => !targets.some((t) => t.name === name));
  if (unknown.length > 0)
    throw new Error(`--page: no row named ${unknown.map((name) => `"${name}"`).join(", ")}`);
  return targets.filter((t, i) => i === 0 || pages.includes(t.name));
}

// The /admin/analytics queries at --members and --reads (filled once per size, set-wise in SQL).
async function benchAnalytics(database: BenchDatabase, args: BenchArgs): Promise<void> {
  await fillAnalytics(database.db, { members: args.members, reads: args.reads });
  console.log(
    `\nanalytics queries at ${args.members.toLocaleString("en-GB")} members, ${args.reads.toLocaleString("en-GB")} reads (${args.analyticsIterations} calls each; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}):`,
  );
  printAnalytics(await measureAnalytics(database.db, args.analyticsIterations));
}

// Two instances on one PostgreSQL database and one Redis behind a round-robin balancer: the member row again.
// PGlite is one process's database, so the row needs PostgreSQL.
async function measureTwoInstances(
  database: BenchDatabase,
  member: BenchMember,
  articles: string[],
  args: BenchArgs,
  rss: string[],
): Promise<LoadResult[]> {
  if (!database.serverEnv.DATABASE_URL) {
    console.log("two instances: skipped (needs PostgreSQL: run with DATABASE_URL or --database-url)");
    return [];
  }
  const redis = { REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: `newsstand-bench:${Date.now()}:` };
  const env = { ...database.serverEnv, ...redis, AUTH_SECRET: member.authSecret };
  const [a, b] = [await startApp(env), await startApp(env)];
  const balancer = await startBalancer([new URL(a.url), new URL(b.url)]);
  try {
    const target: Target = {
      name: "article, member, 2 instances",
      paths: articles,
      untargeted: true,
      headers: { cookie: member.cookie },
      expectText: "Account menu for",
      rejectText: "paywall-panel",
    };
    console.log(`loading ${target.name}…`);
    const result = await measure(balancer.url, target, args.connections, args.duration);
    rss.push(
      `two instances: ${treeRssMb(a.pid)?.toFixed(0) ?? "?"} + ${treeRssMb(b.pid)?.toFixed(0) ?? "?"} MB`,
    );
    return [result];
  } finally {
    await balancer.close();
    await Promise.all([a.stop(), b.stop()]);
  }
}

async function pickPaths(database: BenchDatabase) {
  const newest = rowsOf<{ id: number; slug: string }>(
    await database.db.execute(
      sql`select id, slug from articles where status = 'published' order by published_at desc limit 50`,
    ),
  );
  const articles = newest.map((a) => `/articles/${a.slug}`);
  // The card ids a member's browser sends with its parts request (about 40 on the home page, 12 on an article).
  const cardIds = newest.map((a) => Number(a.id));
  const publishers = rowsOf<{ slug: string }>(
    await database.db.execute(sql`select slug from publishers order by id limit 20`),
  ).map((p) => `/publishers/${p.slug}`);
  const topics = rowsOf<{ slug: string }>(
    await database.db.execute(sql`select slug from topics order by position`),
  ).map((t) => `/topics/${t.slug}`);
  // Two words from each of the newest headlines: thousands of distinct searches, as readers type them.
  const searches = rowsOf<{ q: string }>(
    await database.db
      .execute(sql`select distinct lower(split_part(headline, ' ', (1 + id % 3)::int) || ' ' || split_part(headline, ' ', (4 + id % 3)::int)) as q
      from (select id, headline from articles where status = 'published' order by published_at desc limit 20000) h`),
  ).map((s) => `/search?${new URLSearchParams({ q: s.q })}`);
  return { articles, cardIds, publishers, topics, searches };
}

/** A search as a browser makes it: the page (the one shell), then its results. */
function searchRequests(page: string): string[] {
  return [page, page.replace("/search?", "/api/search?")];
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
