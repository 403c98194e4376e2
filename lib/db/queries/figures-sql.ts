import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf } from "../open";

// What the analytics' raw SQL shares (membership-figures.ts, reading-figures.ts).

/** A figure's step: UTC days, ISO weeks (Monday) or months, keyed 'YYYY-MM-DD' by their first day. */
export type Granularity = "day" | "week" | "month";

/** A time parameter: postgres.js takes no Date in raw SQL, so it goes as ISO text, cast. */
export const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * The rows of one raw statement, with PostgreSQL's JIT off: the figures' correlated probes inflate the cost
 * estimate past jit_above_cost, and compiling then took 40–80 ms of a 90–200 ms query (EXPLAIN ANALYZE at
 * 100,000 members) for nothing. `set local` keeps it to this statement's transaction.
 */
export async function selectRows<T>(statement: SQL): Promise<T[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return rowsOf<T>(await tx.execute(statement));
  });
}
