import "server-only";
import type { Database } from "./open";

// Plain SQL text over whichever client the app opened (postgres.js pool or the one PGlite connection), for
// libraries that bring their own SQL: the job engine (pg-boss) runs on it through its `db` option, so jobs live
// in the same database on both, PGlite included, with no second pool.

export interface RawSqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PgliteClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  exec(text: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}
interface PostgresJsQueryable {
  unsafe(text: string, values?: unknown[]): Promise<unknown>;
}
interface PostgresJsClient extends PostgresJsQueryable {
  reserve(): Promise<PostgresJsQueryable & { release(): void }>;
}

/** The last statement's rows: a multi-statement script (BEGIN; …; COMMIT) answers one result per statement. */
function lastRows(results: { rows: Record<string, unknown>[] }[]): { rows: Record<string, unknown>[] } {
  return { rows: results.at(-1)?.rows ?? [] };
}

/**
 * Drizzle's postgres.js driver turns the client's JSON and timestamp serializers into pass-throughs (Drizzle
 * serialises itself), so objects and dates meant for json/timestamptz parameters are written out here.
 */
function serializeForPostgresJs(value: unknown): unknown {
  if (value === undefined) return null; // pg writes undefined as NULL
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object" && !Array.isArray(value) && !Buffer.isBuffer(value))
    return JSON.stringify(value);
  return value;
}

/** A script that opens its own transaction needs one connection to itself (postgres.js refuses BEGIN on a pool). */
async function runOnPostgresJs(client: PostgresJsClient, text: string, values: unknown[]): Promise<unknown> {
  if (values.length > 0 || !/^\s*BEGIN\b/i.test(text)) return client.unsafe(text, values);
  const reserved = await client.reserve();
  try {
    return await reserved.unsafe(text);
  } finally {
    reserved.release();
  }
}

export function rawSqlOf(db: Database): RawSqlExecutor {
  const client = (db as unknown as { $client: PgliteClient | PostgresJsClient }).$client;
  if ("exec" in client) {
    return {
      // PGlite's extended protocol takes one statement; scripts without parameters go through exec.
      executeSql: async (text, values) =>
        values && values.length > 0 ? client.query(text, values) : lastRows(await client.exec(text)),
    };
  }
  return {
    executeSql: async (text, values) => {
      // postgres.js runs a parameterless text as a simple query (several statements allowed): it answers an
      // array of row arrays for several statements, one row array for one.
      const result = (await runOnPostgresJs(
        client,
        text,
        (values ?? []).map(serializeForPostgresJs),
      )) as unknown[];
      const multi = result.length > 0 && result.every((r) => Array.isArray(r));
      const rows = (multi ? result.at(-1) : result) as Record<string, unknown>[];
      return { rows: Array.isArray(rows) ? [...rows] : [] };
    },
  };
}
