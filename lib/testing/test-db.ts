import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { useDatabase } from "../db/client";
import { openDatabase, type Database } from "../db/open";

// Each test file gets a database of its own: a fresh PostgreSQL database on the server
// named by DATABASE_URL (CI), or an in-memory PGlite otherwise. Both are migrated, not seeded.

export async function createTestDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: "memory://" });
    return { db, drop: async () => {} };
  }
  const name = `newsstand_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  return {
    db,
    drop: async () => {
      const client = (db as unknown as { $client: { end: () => Promise<void> } }).$client;
      await client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Registers beforeAll/afterAll hooks and returns a getter for this file's database. */
export function useTestDatabase(): () => Database {
  let current: { db: Database; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    useDatabase(current.db);
  });
  afterAll(async () => {
    await current?.drop();
  });
  return () => {
    if (!current) throw new Error("test database not ready: call inside a test or hook");
    return current.db;
  };
}
