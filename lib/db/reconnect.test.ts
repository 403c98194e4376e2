import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settings } from "../config/settings";
import { rowsOf } from "./open";
import { openThrowawayDatabase } from "./scratch";

// PostgreSQL dropping every connection under load (what a restart or failover does to the app's pool): writes
// keep coming, every backend is terminated mid-way, and the pool must answer again within 5 s with no
// acknowledged write lost. PostgreSQL only (PGlite has no server to lose).

const serverUrl = settings.DATABASE_URL;
let database: Awaited<ReturnType<typeof openThrowawayDatabase>> | undefined;

beforeAll(async () => {
  if (!serverUrl) return;
  database = await openThrowawayDatabase(serverUrl, "newsstand_reconnect");
  await database.db.execute(sql`create table reconnect_probe (n integer primary key)`);
});
afterAll(async () => {
  await database?.drop();
});

async function terminateOtherBackends(url: string): Promise<number> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const killed = await admin`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`;
    return killed.length;
  } finally {
    await admin.end();
  }
}

describe("database connections lost under load", () => {
  it.skipIf(!serverUrl)("answers again within 5 s and keeps every acknowledged write", async () => {
    const { db, url } = database ?? {};
    if (!db || !url) throw new Error("no database");
    const acknowledged: number[] = [];
    let failed = 0;
    let next = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const n = (next += 1);
        try {
          await db.execute(sql`insert into reconnect_probe (n) values (${n})`);
          acknowledged.push(n);
        } catch {
          failed += 1; // in flight when its connection died: not acknowledged, may or may not be stored
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await expect.poll(() => acknowledged.length).toBeGreaterThan(100);
    expect(await terminateOtherBackends(url)).toBeGreaterThan(0);
    const lostAt = acknowledged.length;
    await expect.poll(() => acknowledged.length - lostAt, { timeout: 5_000 }).toBeGreaterThan(50);
    stop = true;
    await Promise.all(writers);
    const stored = new Set(
      rowsOf<{ n: number }>(await db.execute(sql`select n from reconnect_probe`)).map((row) => Number(row.n)),
    );
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    expect(failed).toBeLessThan(acknowledged.length);
  });
});
