// Fills a database with sample content, in batches, with a progress bar.
//   npx tsx --conditions=react-server scripts/seed.ts --articles 1000000 [--database-url URL] [--data-dir DIR] [--seed N]
//   npm run db:seed -- --articles 100000
// Without --database-url it uses DATABASE_URL, else PGlite in --data-dir (default $DATA_DIR/pglite).
import path from "node:path";
import { parseArgs } from "node:util";
import { settings } from "../lib/config/settings";
import { closeDatabase, openDatabase } from "../lib/db/open";
import { DEFAULT_SEED } from "../drizzle/seed/index";
import { fillArticles } from "./fill-articles";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "3000" },
    "database-url": { type: "string" },
    "data-dir": { type: "string" },
    seed: { type: "string" },
    batch: { type: "string", default: "500" },
    // Drop and rebuild the articles' secondary indexes around the fill; default on from 50,000.
    "defer-indexes": { type: "boolean" },
    "no-defer-indexes": { type: "boolean" },
  },
});

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const articles = positive("articles", values.articles);
  const batchSize = Math.max(1, Math.min(2000, positive("batch", values.batch)));
  const databaseUrl = values["database-url"] ?? settings.DATABASE_URL;
  const dataDir = values["data-dir"] ?? path.join(settings.DATA_DIR, "pglite");
  console.log(
    `seeding ${articles.toLocaleString("en-GB")} articles into ${databaseUrl ? "PostgreSQL" : `PGlite at ${dataDir}`}`,
  );
  const db = await openDatabase({ databaseUrl, dataDir });
  const started = Date.now();
  try {
    await fillArticles(db, {
      articles,
      batchSize,
      seed: values.seed === undefined ? DEFAULT_SEED : positive("seed", values.seed),
      demoAccounts: !databaseUrl,
      deferIndexes: values["no-defer-indexes"] ? false : values["defer-indexes"],
    });
  } finally {
    await closeDatabase(db);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
