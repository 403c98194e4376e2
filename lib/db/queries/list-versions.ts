import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { executePrepared } from "../open";

/** A bigint version as a driver hands over a raw column (a string or a number), or none (a reader at 0). */
export type ListVersion = string | number | null | undefined;

/** The two versions as one string (a reader with no row yet is at 0). */
export const listVersionsOf = (reader: ListVersion, content: ListVersion): string =>
  `${reader ?? 0}.${content ?? 0}`;

/** The two versions as columns of a statement about the reader `userId` (an SQL expression: a column or a value). */
export const listVersionColumns = (userId: SQL) =>
  sql`(select version from reader_list_versions where user_id = ${userId}) as reader_lists_version,
      (select version from content_list_version) as content_lists_version`;

/**
 * The versions a reader's own lists are kept under (drizzle/0018_list_versions.sql): theirs and the shared
 * content's, in one string, read in one round trip of two primary-key lookups. The member gate's statement
 * reads them too, for POST /api/me (member-gate.ts).
 */
export async function readListVersions(userId: string): Promise<string> {
  const [row] = await executePrepared<{
    reader_lists_version: ListVersion;
    content_lists_version: ListVersion;
  }>(await getDb(), sql`select ${listVersionColumns(sql`${userId}`)}`);
  return listVersionsOf(row?.reader_lists_version, row?.content_lists_version);
}
