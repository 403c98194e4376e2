import { count, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgInsertValue, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import { getDb } from "../client";

// Raw row access for tests in other folders (billing, email): they may look at and age rows, but only
// lib/db imports Drizzle, so the few generic reads and writes they need live here.

type Row<T extends PgTable> = T["$inferSelect"];

/** Every row of `table` whose `column` equals `value`. */
export async function selectRowsWhere<T extends PgTable>(
  table: T,
  column: AnyColumn,
  value: unknown,
): Promise<Row<T>[]> {
  const db = await getDb();
  return (await db
    .select()
    .from(table as PgTable)
    .where(eq(column, value))) as Row<T>[];
}

export async function selectAllRows<T extends PgTable>(table: T): Promise<Row<T>[]> {
  const db = await getDb();
  return (await db.select().from(table as PgTable)) as Row<T>[];
}

export async function countRows(table: PgTable): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** Inserts `rows` as they are, past every function of ours (a trigger's test, a row no code path makes). */
export async function insertRows<T extends PgTable>(table: T, rows: PgInsertValue<T>[]): Promise<void> {
  const db = await getDb();
  await db.insert(table).values(rows);
}

/** Sets `values` on the rows whose `column` equals `value` (aging a row, moving a due time). */
export async function updateRowsWhere<T extends PgTable>(
  table: T,
  column: AnyColumn,
  value: unknown,
  values: PgUpdateSetSource<T>,
): Promise<void> {
  const db = await getDb();
  await db.update(table).set(values).where(eq(column, value));
}

/** The database's own clock, `days` days back: ages rows without trusting this process's clock. */
export function databaseNowMinus(days = 0, hours = 0): SQL {
  return sql`now() - make_interval(days => ${days}, hours => ${hours})`;
}
