import "server-only";
import { openDatabase, type Database } from "./open";
import { seedOnStart } from "./seed-on-start";

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
  const db = await openDatabase();
  await seedOnStart(db);
  return db;
}

/** Points this process at an already-open database (tests and scripts). */
export function setDatabase(db: Database): void {
  globalForDb.newsstandDb = Promise.resolve(db);
}
