import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf } from "../open";

// What the analytics' raw SQL shares (membership-figures.ts, reading-figures.ts).

/** A figure's step: UTC days, ISO weeks (Monday) or months, keyed 'YYYY-MM-DD' by their first day. */
export type Granularity = "day" | "week" | "month";

/** A time parameter: postgres.js takes no Date in raw SQL, so it goes as ISO text, cast. */
export const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** The rows of one raw statement (JIT is off for every connection: lib/db/open.ts says why). */
export async function selectRows<T>(statement: SQL): Promise<T[]> {
  const db = await getDb();
  return rowsOf<T>(await db.execute(statement));
}
