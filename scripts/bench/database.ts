import { rm } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDatabase, openDatabase, rowsOf, type Database } from "../../lib/db/open";
import { createScratchDatabase } from "../../lib/db/scratch";
import { fillArticles } from "../fill-articles";
import type { BenchArgs } from "./args";

// The benchmark's own database: the one named by --database-url / BENCH_DATABASE_URL, else a
// scratch database on DATABASE_URL's server (dropped afterwards), else PGlite in .data/bench.

export interface BenchDatabase {
  db: Database;
  /** What the app server needs in its environment to use this database. */
  serverEnv: Record<string, string>;
  label: string;
  /** Closes our handle (PGlite allows one process per data dir: the server needs it). */
  close: () => Promise<void>;
  dispose: () => Promise<void>;
}

const PGLITE_DATA_DIR = path.join(".data", "bench");

export async function prepareDatabase(args: BenchArgs): Promise<BenchDatabase> {
  if (args.databaseUrl) return openBenchPostgres(args.databaseUrl, "given database", async () => {}, args);
  if (args.serverUrl) {
    const scratch = await createScratchDatabase(args.serverUrl, "bench");
    const drop = async () => {
      if (!args.keep) await scratch.drop();
      else console.log(`kept database ${scratch.url}`);
    };
    return openBenchPostgres(scratch.url, `scratch database ${scratch.name}`, drop, args);
  }
  return openBenchPglite(args);
}

async function openBenchPostgres(
  url: string,
  label: string,
  drop: () => Promise<void>,
  args: BenchArgs,
): Promise<BenchDatabase> {
  const db = await openDatabase({ databaseUrl: url, maxConnections: 4 });
  await fillTo(db, args.articles);
  return {
    db,
    serverEnv: { DATABASE_URL: url },
    label: `PostgreSQL (${label})`,
    close: async () => {},
    dispose: async () => {
      await closeDatabase(db);
      await drop();
    },
  };
}

async function openBenchPglite(args: BenchArgs): Promise<BenchDatabase> {
  const dataDir = path.join(PGLITE_DATA_DIR, "pglite");
  let db = await openDatabase({ dataDir });
  if ((await countArticles(db)) > args.articles) {
    // A bigger earlier fill: start again so the figures are for the size asked for.
    await closeDatabase(db);
    await rm(dataDir, { recursive: true, force: true });
    db = await openDatabase({ dataDir });
  }
  await fillTo(db, args.articles);
  let open = true;
  const close = async () => {
    if (open) await closeDatabase(db);
    open = false;
  };
  return {
    db,
    serverEnv: { DATA_DIR: PGLITE_DATA_DIR },
    label: `PGlite (${dataDir}, kept for the next run)`,
    close,
    dispose: close,
  };
}

async function countArticles(db: Database): Promise<number> {
  const [row] = rowsOf<{ n: string | number }>(await db.execute(sql`select count(*) as n from articles`));
  return Number(row?.n ?? 0);
}

async function fillTo(db: Database, target: number): Promise<void> {
  const have = await countArticles(db);
  const missing = target - have;
  if (missing <= 0) {
    console.log(`database already holds ${have.toLocaleString("en-GB")} articles`);
    return;
  }
  console.log(
    `filling ${missing.toLocaleString("en-GB")} articles (${have.toLocaleString("en-GB")} already there)`,
  );
  const started = Date.now();
  await fillArticles(db, { articles: missing });
  await db.execute(sql`analyze`);
  // The bylines are bulk-loaded too: without a vacuum their index-only probes (For You's authors and author
  // mutes) read the heap until autovacuum passes (fillArticles vacuums the articles themselves).
  await db.execute(sql`vacuum (analyze) article_authors`);
  console.log(`filled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
