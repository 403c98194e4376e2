import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { executePrepared } from "../open";

/**
 * The versions a reader's own lists are kept under (drizzle/0018_list_versions.sql): theirs and the shared
 * content's, in one string, read in one round trip of two primary-key lookups.
 */
export async function readListVersions(userId: string): Promise<string> {
  const [row] = await executePrepared<{ reader: string | number | null; content: string | number | null }>(
    await getDb(),
    sql`select (select version from reader_list_versions where user_id = ${userId}) as reader,
      (select version from content_list_version) as content`,
  );
  return `${row?.reader ?? 0}.${row?.content ?? 0}`;
}
