// Prints EXPLAIN (ANALYZE, BUFFERS) of one reader's For You statement (follows, profile, candidates) as sent:
//   BENCH_DATABASE_URL=postgres://… npx tsx --conditions=react-server scripts/bench/explain-for-you.ts [user id] [length]
// (bench readers are bench-reader-1 … bench-reader-N, see readers.ts).
import { settings } from "../../lib/config/settings";
import { setDatabase } from "../../lib/db/client";
import { closeDatabase, openDatabase } from "../../lib/db/open";
import { readForYou } from "../../lib/db/queries/for-you";
import { explainCaptured, installQueryCapture } from "./capture";

async function main(): Promise<void> {
  const databaseUrl = settings.BENCH_DATABASE_URL ?? settings.DATABASE_URL;
  if (!databaseUrl) throw new Error("set BENCH_DATABASE_URL (or DATABASE_URL)");
  const db = await openDatabase({ databaseUrl, maxConnections: 1 });
  setDatabase(db);
  try {
    const capture = installQueryCapture(db);
    const userId = process.argv[2] ?? "bench-reader-1";
    const fill = Number(process.argv[3] ?? 30);
    const run = () => readForYou({ userId, perSource: 8, fill });
    await run(); // warm
    const [statement] = await capture.record(run);
    if (!statement) throw new Error("no statement captured");
    console.log(await explainCaptured(db, statement, "text"));
  } finally {
    await closeDatabase(db);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
