import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
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

/** Takes one back (a sign-in attempt that succeeded is not counted against anyone). */
export async function decrementWindow(key: string, windowStart: Date): Promise<void> {
  const db = await getDb();
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
}

export async function deleteExpiredWindows(now: Date): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(lt(rateLimits.expiresAt, now));
}
