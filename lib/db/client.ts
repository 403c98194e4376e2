import "server-only";
import { openDatabase, type Database } from "./open";
import { announceDemo, logStart, seedOnStart } from "./seed-on-start";
import { settings } from "../config/settings";

export type { Database } from "./open";

// One database handle per process, kept on globalThis so dev-server reloads reuse it
// (PGlite allows one process per data dir, and a second pool would leak connections).
const globalForDb = globalThis as unknown as { newsstandDb?: Promise<Database> };

/** The ready database: migrated, and seeded when it was empty and seeding is on. */
export function getDb(): Promise<Database> {
  globalForDb.newsstandDb ??= openAndSeed().catch((error: unknown) => {
    globalForDb.newsstandDb = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.newsstandDb;
}

async function openAndSeed(): Promise<Database> {
  const quiet = settings.isBuildPhase;
  const started = Date.now();
  if (!quiet) {
    const where = settings.usesEmbeddedDatabase
      ? `the embedded database in ${settings.DATA_DIR}`
      : "PostgreSQL";
    logStart(`Opening ${where} and applying migrations…`);
  }
  const db = await openDatabase();
  if (!quiet) logStart(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await seedOnStart(db);
  await announceDemo();
  return db;
}

/** Points this process at an already-open database (tests and scripts). */
export function setDatabase(db: Database): void {
  globalForDb.newsstandDb = Promise.resolve(db);
}

/** Opens (and on a first start migrates and seeds) the database as the server starts, so its progress shows at once. */
export function openDatabaseAtStart(): void {
  if (settings.isBuildPhase) return;
  getDb().catch((error: unknown) => {
    console.error(
      "[newsstand] opening the database at start failed; the first request will try again.",
      error,
    );
  });
}
