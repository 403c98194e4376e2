import { rowsOf, type Database } from "../../lib/db/open";

// Records the SQL that the reader's own functions send, so the benchmark explains exactly
// those statements (no hand-kept copies to drift). Hooks drizzle's logger on the session and on
// the options that transactions copy; both drivers (postgres.js, PGlite) read it the same way.

interface Logger {
  logQuery(query: string, params: unknown[]): void;
}

interface SessionInternals {
  logger: Logger;
  options: { logger?: Logger };
}

export interface Captured {
  query: string;
  params: unknown[];
}

export function installQueryCapture(db: Database): {
  record: <T>(work: () => Promise<T>) => Promise<Captured[]>;
} {
  const session = (db as unknown as { session: SessionInternals }).session;
  let log: Captured[] | undefined;
  const logger: Logger = { logQuery: (query, params) => log?.push({ query, params }) };
  session.logger = logger;
  session.options.logger = logger;
  return {
    record: async (work) => {
      log = [];
      try {
        await work();
        return log;
      } finally {
        log = undefined;
      }
    },
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a captured statement, with its parameters, on the raw driver: it runs the statement
 * once more (reads only, see isExplainable) and gives its own execution time. JSON (parsed) for the bench's verdicts,
 * text (one line per row) for a person to read.
 */
export async function explainCaptured(db: Database, captured: Captured): Promise<unknown>;
export async function explainCaptured(db: Database, captured: Captured, format: "text"): Promise<string>;
export async function explainCaptured(
  db: Database,
  captured: Captured,
  format: "json" | "text" = "json",
): Promise<unknown> {
  const client = (
    db as unknown as {
      $client: {
        unsafe?: (q: string, p: unknown[]) => Promise<unknown>;
        query?: (q: string, p: unknown[]) => Promise<unknown>;
      };
    }
  ).$client;
  const text = `explain (analyze, buffers, format ${format}) ${captured.query}`;
  const result = client.unsafe
    ? await client.unsafe(text, captured.params)
    : await client.query?.(text, captured.params);
  const rows = rowsOf<{ "QUERY PLAN": unknown }>(result);
  if (format === "text") return rows.map((row) => String(row["QUERY PLAN"])).join("\n");
  const raw = rows[0]?.["QUERY PLAN"];
  return typeof raw === "string" ? JSON.parse(raw) : raw;
}

/** Statements worth explaining: reads, not session settings (EXPLAIN ANALYZE runs them: never a write). */
export function isExplainable(c: Captured): boolean {
  return (
    /^\s*(select|with)\b/i.test(c.query) &&
    !/^\s*select\s+set_config/i.test(c.query) &&
    !/\b(insert|update|delete)\b/i.test(c.query)
  );
}
