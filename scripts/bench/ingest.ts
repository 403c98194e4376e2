// Feed ingestion speed: parse + clean + store of one large feed, and one poll round over 135 titles fed by the wire.
//   npx tsx --conditions=react-server scripts/bench/ingest.ts [--items 2000]
//     [--database-url postgres://…/bench_ingest --existing 1000000]
// Or from the main bench. A fresh database of its own (in-memory PGlite; a scratch database on DATABASE_URL's
// server when set), or with --database-url that database, first filled to --existing articles (kept for the next
// run; what the bench stores is deleted afterwards). A loopback feed server and the local wire run in-process;
// images are left out (timed apart). It prints the load average too: on a shared machine the wall figures
// depend on it, the CPU time per item much less.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { startWire } from "../../emulators/wire/src/server";
import { settings } from "../../lib/config/settings";
import { sql } from "drizzle-orm";
import { withDeferredIndexes } from "../../drizzle/seed/deferred-indexes";
import { setDatabase } from "../../lib/db/client";
import { closeDatabase, openDatabase, rowsOf, type Database } from "../../lib/db/open";
import { getTopicIdsBySlug, setTitleFeed } from "../../lib/db/queries/feeds";
import { openThrowawayDatabase } from "../../lib/db/scratch";
import { pollFeed } from "../../lib/feeds/poll";
import { item, rss, send, startFeedServer } from "../../lib/feeds/testing/feed-server";
import { createPublisher, createTopic } from "../../lib/testing/factories/content";

export interface IngestResult {
  items: number;
  itemsPerSecond: number;
  /** This process's CPU (parse, clean, the client's side of storing) per item; the database's is not in it. */
  cpuMsPerItem: number;
  /** The database's server processes' CPU per item (null when the server is not on this machine, or PGlite). */
  dbCpuMsPerItem: number | null;
  existingArticles: number;
  titles: number;
  pollRoundMs: number;
  loadAverage: number;
}

export interface IngestOptions {
  items?: number;
  titles?: number;
  /** Use (and keep) this database instead of a scratch one. */
  databaseUrl?: string;
  /** Fill the database to this many articles first (with --database-url). */
  existing?: number;
}

async function openBenchDatabase(options: IngestOptions) {
  if (!options.databaseUrl) return openThrowawayDatabase(settings.DATABASE_URL, "ingest_bench");
  const db = await openDatabase({ databaseUrl: options.databaseUrl, maxConnections: 4 });
  const have = await countArticles(db);
  const want = options.existing ?? 0;
  if (want > have) {
    // Generating goes at ~1,000 articles/s (17 minutes for a million on the loaded machine); past the first
    // GENERATED the rest are copies of those made set-wise in SQL (944,000 in under 5 minutes at load 15).
    const generate = Math.min(want - have, Math.max(0, GENERATED - have));
    if (generate > 0) {
      const { fillArticles } = await import("../fill-articles");
      await fillArticles(db, { articles: generate });
    }
    if (want - have - generate > 0)
      await withDeferredIndexes(db, "articles", () => copyArticles(db, want - have - generate));
    await db.execute(sql`vacuum analyze articles`);
  }
  // What this run stored goes again, so the next run starts from the same size.
  const [lastArticle, lastTitle] = [await maxId(db, "articles"), await maxId(db, "publishers")];
  return {
    db,
    drop: async () => {
      await db.execute(sql`delete from articles where id > ${lastArticle}`);
      await db.execute(sql`delete from publishers where id > ${lastTitle}`);
      await closeDatabase(db);
    },
  };
}

const GENERATED = 50_000;

/** `count` copies of the first GENERATED articles, each with a slug of its own and an earlier publish time. */
async function copyArticles(db: Database, count: number): Promise<void> {
  const tag = Date.now().toString(36);
  await db.execute(sql`
    INSERT INTO articles (slug, publisher_id, topic_id, headline, standfirst, teaser_html, body_html, hero_image_url,
                          hero_image_alt, word_count, reading_minutes, status, popularity, published_at)
    SELECT a.slug || '-' || ${tag} || '-' || g, a.publisher_id, a.topic_id, a.headline, a.standfirst, a.teaser_html,
           a.body_html, a.hero_image_url, a.hero_image_alt, a.word_count, a.reading_minutes, a.status, a.popularity,
           a.published_at - g * interval '1 hour'
      FROM (SELECT * FROM articles ORDER BY id LIMIT ${GENERATED}) a
     CROSS JOIN generate_series(1, ${Math.ceil(count / GENERATED)}) g
     LIMIT ${count}`);
}

async function countArticles(db: Database): Promise<number> {
  const [row] = rowsOf<{ n: unknown }>(await db.execute(sql`select count(*) as n from articles`));
  return Number(row?.n ?? 0);
}

async function maxId(db: Database, table: "articles" | "publishers"): Promise<number> {
  const [row] = rowsOf<{ id: unknown }>(
    await db.execute(sql`select coalesce(max(id), 0) as id from ${sql.identifier(table)}`),
  );
  return Number(row?.id ?? 0);
}

/**
 * CPU (ms) the server processes of this database have used so far, read from /proc: PostgreSQL runs on this
 * machine here, and pg_stat_statements is not installed. Null on PGlite or when /proc cannot be read.
 */
async function databaseCpuMs(db: Database, onServer: boolean): Promise<number | null> {
  if (!onServer) return null; // PGlite runs in this process: its CPU is already in cpuMsPerItem
  const rows = rowsOf<{ pid: unknown }>(
    await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`),
  );
  const ticksPerMs = 100 / 1000; // USER_HZ
  let total = 0;
  try {
    for (const { pid } of rows) {
      const fields =
        readFileSync(`/proc/${Number(pid)}/stat`, "utf8")
          .split(") ")[1]
          ?.split(" ") ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / ticksPerMs; // utime, stime
    }
  } catch {
    return null;
  }
  return total;
}

const run = Date.now().toString(36);
let made = 0;
/** A title of this run (slugs unique across runs on a kept database). */
const createBenchTitle = () => createPublisher({ slug: `ingest-bench-${run}-${++made}` });

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a story with <a href="/link?utm_source=x">a link</a> and <script>x()</script> to clean.</p>`;

export async function measureIngest(options: IngestOptions = {}): Promise<IngestResult> {
  const count = options.items ?? 2000;
  const titles = options.titles ?? 135;
  const scratch = await openBenchDatabase(options);
  setDatabase(scratch.db);
  const existingArticles = await countArticles(scratch.db);
  const server = await startFeedServer();
  const wire = await startWire({ port: 0 });
  const mutable = settings as unknown as Record<string, unknown>;
  const warn = console.warn;
  console.warn = () => {}; // one "purge skipped outside a request" per poll
  Object.assign(mutable, {
    FEEDS_PRIVATE_HOSTS: [server.host, new URL(wire.url).host],
    FEEDS_HOST_GAP_MS: 0,
  });
  try {
    const topics = await getTopicIdsBySlug(); // a kept database has them from its last run
    for (const slug of [
      "world",
      "uk",
      "us",
      "politics",
      "business",
      "health",
      "sport",
      "culture",
      "environment",
    ])
      if (!topics.has(slug)) await createTopic({ slug, name: slug });
    const body = Array.from({ length: 6 }, (_, i) => paragraph(i)).join("");
    const items = Array.from({ length: count }, (_, n) =>
      item({
        guid: `bench-${n}`,
        title: `Bench story ${n} &amp; more`,
        link: `https://bench.example/${n}`,
        description: `Summary ${n}`,
        "content:encoded": `<![CDATA[${body}]]>`,
        category: n % 2 ? "Sport" : "Business",
      }),
    );
    server.route("/bench.xml", send(rss(items.join(""))));
    const big = await createBenchTitle();
    await setTitleFeed(big.slug, `${server.origin}/bench.xml`);
    const started = performance.now();
    const cpu = process.cpuUsage();
    // PostgreSQL when a URL is given (here or in the settings), else the throwaway database is PGlite.
    const onServer = Boolean(options.databaseUrl ?? settings.DATABASE_URL);
    const dbCpu = await databaseCpuMs(scratch.db, onServer);
    const report = await pollFeed(big.id);
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    const dbCpuAfter = await databaseCpuMs(scratch.db, onServer);
    if (report.added !== count) throw new Error(`stored ${report.added} of ${count}: ${report.error ?? ""}`);
    // The wire's 135 titles without images (they are a separate fetch each): one round, 3 at a time as the jobs run.
    const ids: number[] = [];
    for (let i = 0; i < titles; i++) {
      const title = await createBenchTitle();
      await setTitleFeed(title.slug, `${wire.url}/titles/${title.slug}/feed.xml`);
      ids.push(title.id);
    }
    const roundStart = performance.now();
    const queue = [...ids];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) await pollFeed(id);
    };
    await Promise.all([worker(), worker(), worker()]);
    return {
      items: count,
      itemsPerSecond: count / seconds,
      cpuMsPerItem: (user + system) / 1000 / count,
      dbCpuMsPerItem: dbCpu === null || dbCpuAfter === null ? null : (dbCpuAfter - dbCpu) / count,
      existingArticles,
      titles,
      pollRoundMs: performance.now() - roundStart,
      loadAverage: loadavg()[0] ?? 0,
    };
  } finally {
    console.warn = warn;
    await wire.close();
    await server.close();
    await scratch.drop();
  }
}

export function printIngest(result: IngestResult): void {
  console.log(
    `  parse + clean + store: ${Math.round(result.itemsPerSecond)} items/s (${result.items} items, one feed, ` +
      `${result.existingArticles.toLocaleString("en-GB")} articles already stored); ` +
      `${result.cpuMsPerItem.toFixed(2)} ms of this process's CPU an item` +
      (result.dbCpuMsPerItem === null ? "" : `, ${result.dbCpuMsPerItem.toFixed(2)} ms of the database's`),
  );
  console.log(
    `  one poll round of ${result.titles} wire titles, 3 at a time: ${(result.pollRoundMs / 1000).toFixed(1)} s`,
  );
  console.log(`  load average at the end: ${result.loadAverage.toFixed(1)} (2 cores)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      items: { type: "string", default: "2000" },
      "database-url": { type: "string" },
      existing: { type: "string", default: "0" },
    },
  });
  measureIngest({
    items: Number(values.items),
    databaseUrl: values["database-url"],
    existing: Number(values.existing),
  })
    .then(printIngest)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
