import { afterAll, beforeAll, inject } from "vitest";
import { setDatabase } from "../db/client";
import { settings } from "../config/settings";
import type { Database } from "../db/open";
import { openThrowawayDatabase } from "../db/scratch";

// Each test file gets a database of its own: a fresh PostgreSQL database on the server
// named by DATABASE_URL (CI), or an in-memory PGlite otherwise. Both are copies of the template that
// global-setup.ts migrated once (migrated, not seeded).

export function createTestDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  return openThrowawayDatabase(settings.DATABASE_URL, "newsstand_test", inject("testDatabaseTemplate"));
}

/** Registers beforeAll/afterAll hooks and returns a getter for this file's database. */
export function setUpTestDatabase(): () => Database {
  let current: { db: Database; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    setDatabase(current.db);
  });
  afterAll(async () => {
    await current?.drop();
  });
  return () => {
    if (!current) throw new Error("test database not ready: call inside a test or hook");
    return current.db;
  };
}
