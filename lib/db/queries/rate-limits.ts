import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "../client";
import { rateLimits } from "../schema";

// Fixed-window counters. One upsert per hit, so several app instances share the count.

export async function incrementWindow(key: string, windowStart: Date, expiresAt: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if (!row) throw new Error("rate limit upsert returned no row");
  return row.count;
}

export async function deleteExpiredWindows(now: Date): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(lt(rateLimits.expiresAt, now));
}
