import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { closeDatabase, openDatabase, type Database } from "./open";

// A throw-away database on a PostgreSQL server, for tests and benchmarks.

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database (after every connection to it is closed or forced off). */
  drop: () => Promise<void>;
}

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * A migrated, empty database that disappears with `drop()`: a scratch database on `serverUrl`'s server (its
 * `url` given), or an in-memory PGlite when no server is given.
 */
export async function openThrowawayDatabase(
  serverUrl: string | undefined,
  prefix: string,
): Promise<{ db: Database; url?: string; drop: () => Promise<void> }> {
  if (!serverUrl) return { db: await openDatabase({ dataDir: "memory://" }), drop: async () => {} };
  const scratch = await createScratchDatabase(serverUrl, prefix);
  const db = await openDatabase({ databaseUrl: scratch.url, maxConnections: 4 });
  return {
    db,
    url: scratch.url,
    drop: async () => {
      await closeDatabase(db);
      await scratch.drop();
    },
  };
}
