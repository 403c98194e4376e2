import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

/** True when the database answers `select 1`. */
export async function pingDatabase(): Promise<boolean> {
  const db = await getDb();
  await db.execute(sql`select 1`);
  return true;
}
