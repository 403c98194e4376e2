import "server-only";
import { getDb, type Database } from "../client";

/**
 * Runs `work` in one transaction; domain code (lib/newsroom) passes `tx` to every query it makes inside,
 * so a change and its audit entry commit together. On PGlite (one connection) a query on the outer handle
 * inside `work` would wait for the transaction forever: always use `tx`.
 */
export async function withTransaction<T>(work: (tx: Database) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction((tx) => work(tx));
}
