import type { Database } from "../../lib/db/open";

/** Ends the pool (postgres.js) or closes PGlite, so a script can exit with its data flushed. */
export async function closeDatabase(db: Database): Promise<void> {
  const client = (db as unknown as { $client: { end?: () => Promise<void>; close?: () => Promise<void> } }).$client;
  if (client.end) await client.end();
  else if (client.close) await client.close();
}
