import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf } from "../open";

// The moments Our Picks change by themselves (a pick's start or end), for the job that purges the picks' caches
// then (lib/content/scheduled-picks.ts). Picks are a short list: reading them all each minute is cheap.

/** Every start and end after `since` (database clock, minus `lookbackMs`), earliest first. */
export async function listPickBoundaries(lookbackMs: number): Promise<Date[]> {
  const db = await getDb();
  const rows = rowsOf<{ at: unknown }>(
    await db.execute(sql`
      SELECT DISTINCT at FROM (
        SELECT starts_at AS at FROM editors_picks UNION ALL SELECT ends_at FROM editors_picks
      ) b WHERE at > now() - make_interval(secs => ${lookbackMs / 1000}) ORDER BY at`),
  );
  // A raw execute hands timestamps back as text on postgres.js and as Date on PGlite.
  return rows.map((row) => (row.at instanceof Date ? row.at : new Date(String(row.at))));
}
