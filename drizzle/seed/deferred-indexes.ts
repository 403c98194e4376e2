import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "../../lib/db/open";

// Large fills run much faster when the articles' secondary indexes (the GIN index above all)
// are built once at the end instead of row by row. The definitions are read from the catalogue,
// so they always match the migrations. Constraint-backed indexes (slug, primary key) stay.

export async function withDeferredIndexes<T>(
  db: Database,
  table: string,
  work: () => Promise<T>,
): Promise<T> {
  const defs = rowsOf<{ name: string; def: string }>(
    await db.execute(sql`
      select i.indexname as name, i.indexdef as def
      from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = ${table}
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`),
  );
  for (const d of defs) await db.execute(sql.raw(`drop index if exists "${d.name}"`));
  try {
    return await work();
  } finally {
    // Recreated even when the fill fails, so the database is never left without its indexes.
    await db.execute(sql.raw(`set maintenance_work_mem = '256MB'`));
    for (const d of defs) await db.execute(sql.raw(d.def));
    // Vacuum too: a bulk load leaves the visibility map empty until autovacuum passes, and until then
    // index-only scans (the search plan's cutoff by recency) read the heap for every entry.
    await db.execute(sql.raw(`vacuum (analyze) ${table}`));
  }
}
