import "server-only";
import { countLoggedQueries } from "@/lib/db/query-log";

// For the e2e test hooks: app/ reaches the database's query log through here, never lib/db.

/** Statements so far that read `table` with `param` among their parameters (0 when the log is off). */
export function countQueriesWith(table: string, param: string): number {
  return countLoggedQueries(table, param);
}
