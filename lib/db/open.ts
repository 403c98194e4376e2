import { createHash } from "node:crypto";
import path from "node:path";
import { mkdir } from "node:fs/promises";
import { sql, type Logger, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { settings } from "../config/settings";
import { queryLoggerForSettings } from "./query-log";
import * as schema from "./schema";

// Opening and migrating, shared by the app (via client.ts), scripts and tests. Filling a database with
// sample data is a separate act (seed-on-start.ts for the app, scripts/seed.ts by hand).

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

const migrationsFolder = path.join(process.cwd(), "drizzle");
// Serialises migrations (and the start-up seed) when several app instances start on one PostgreSQL.
const MIGRATION_LOCK = 727_274_001;

export interface OpenOptions {
  /** postgres:// URL; when absent, PGlite in `dataDir` (or in memory when dataDir is "memory://"). */
  databaseUrl?: string;
  dataDir?: string;
  /** Pool size for postgres.js. */
  maxConnections?: number;
  /**
   * PGlite only: start from this dump of a data dir (`dumpDataDir`) instead of an empty cluster. Creating a cluster
   * runs initdb in WebAssembly (~2.7 s here) and the migrations ~1 s more; loading a migrated dump takes ~1.3 s.
   */
  pgliteDump?: Blob;
}

export async function openDatabase(options: OpenOptions = defaultOptions()): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.maxConnections ?? 10)
    : await openPglite(options.dataDir ?? path.join(settings.DATA_DIR, "pglite"), options.pgliteDump);
  return db;
}

function defaultOptions(): OpenOptions {
  if (settings.isBuildPhase && settings.usesEmbeddedDatabase) {
    // `next build` must not take the data dir that a running server may hold.
    return { dataDir: "memory://" };
  }
  return { databaseUrl: settings.DATABASE_URL, dataDir: path.join(settings.DATA_DIR, "pglite") };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // A single connection holds the session-level advisory lock for the whole migration.
  const migrationClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const migrationDb = drizzle({ client: migrationClient, schema });
    await migrationDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migrate(migrationDb, { migrationsFolder });
    await migrationDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  } finally {
    await migrationClient.end();
  }
  // JIT off for the whole pool: our statements are short, and where the planner's cost estimate passes
  // jit_above_cost (the analytics' correlated probes) compiling took 40–80 ms of a 90–200 ms query (EXPLAIN
  // ANALYZE at 100,000 members) for nothing. Set here, once per connection, rather than per statement.
  const client = postgres(url, { max, onnotice: () => {}, connection: { jit: "off" } });
  return drizzle({ client, schema, logger: queryLoggerForSettings() }) as unknown as Database;
}

async function openPglite(dataDir: string, dump?: Blob): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const { KEPT_AS_TEXT, forDrizzle } = await import("./pglite-client");
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const client = forDrizzle(await PGlite.create({ dataDir, loadDataDir: dump, parsers: KEPT_AS_TEXT }));
  await migrate(drizzle({ client, schema }), { migrationsFolder });
  return drizzle({ client, schema, logger: queryLoggerForSettings() }) as unknown as Database;
}

/** Runs `work` while holding the migration advisory lock (PostgreSQL only: on PGlite it would deadlock). */
export async function withLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    return work();
  });
}

/** Rows of a raw `db.execute()`: PGlite answers `{rows}`, postgres.js an array. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

const dialect = new PgDialect();

/**
 * A raw statement sent as a named prepared statement: each connection plans it once and, after a few runs, keeps a
 * generic plan (a raw `db.execute()` is parsed and planned on every call). Only for a hot statement whose only
 * parameters are values that do not change its best plan (ids): write LIMITs and other constants into the text.
 * PostgreSQL: the driver's own named statements. PGlite: its driver binds every statement unnamed, so the
 * statement is prepared in SQL instead (below); inside a transaction it runs as `db.execute()` would, since a plan
 * kept there would ignore the transaction's `set local` planner settings — unless the caller names the database
 * whose connection may keep it (`planKeptOn`), for a statement that runs under the same settings every time. Rows as
 * `rowsOf` gives them; the query log sees it.
 */
export async function executePrepared<T>(
  db: Database,
  statement: SQL,
  { planKeptOn }: { planKeptOn?: Database } = {},
): Promise<T[]> {
  const query = dialect.sqlToQuery(statement);
  // A transaction has no `$client` of its own: inside one, PGlite runs it unprepared unless told otherwise.
  const connection = (db as { $client?: unknown }).$client !== undefined ? db : planKeptOn;
  if (connection && runsOnOneConnection(connection))
    return rowsOf<T>(await executePreparedInSql(db, statement, query, clientOf(connection)));
  const prepared = db._.session.prepareQuery(query, undefined, "prepared", false);
  return rowsOf<T>(await prepared.execute());
}

/**
 * Per PGlite database, the statements this copy of the module has prepared there, by text: the name, or null (it
 * could not be).
 */
const preparedInSql = new WeakMap<object, Map<string, Promise<string | null>>>();

/**
 * `PREPARE` once, then `EXECUTE name('…', …)`: SQL's EXECUTE takes no bound parameters, so the values are written
 * as quoted literals (typed by the prepared statement's parameters). At 100,000 articles this took For You's
 * planning (~10 ms of ~24 in WebAssembly) out of every call. A statement is named by its text: Next loads this
 * module more than once in one server, and a copy that finds the name taken finds its own statement there.
 */
async function executePreparedInSql(
  db: Database,
  statement: SQL,
  { sql: text, params }: { sql: string; params: unknown[] },
  client: object,
): Promise<unknown> {
  const literals = params.map(sqlLiteral);
  if (literals.some((literal) => literal === null)) return db.execute(statement);
  const prepared = await preparedName(db, client, text);
  if (!prepared) return db.execute(statement);
  // Through drizzle's session, so rows are parsed as every other statement's; the query log (and the bench's
  // capture) is told the statement and parameters, not the EXECUTE that stands for them.
  const session = db._.session as unknown as { logger: Logger };
  const execute = db._.session.prepareQuery(
    { sql: `execute ${prepared}(${literals.join(", ")})`, params: [] },
    undefined,
    undefined,
    false,
  );
  (execute as unknown as { logger: Logger }).logger = {
    logQuery: () => session.logger.logQuery(text, params),
  };
  return execute.execute();
}

/**
 * The name `text` is prepared under on the PGlite connection `client` (preparing it through `db` the first time), or
 * null when it cannot be prepared (it then runs unprepared).
 */
function preparedName(db: Database, client: object, text: string): Promise<string | null> {
  const names = preparedInSql.get(client) ?? new Map<string, Promise<string | null>>();
  if (!preparedInSql.has(client)) preparedInSql.set(client, names);
  const known = names.get(text);
  if (known) return known;
  const named = `newsstand_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
  // Asked first rather than caught: inside a transaction (planKeptOn), a PREPARE that fails because another copy of
  // this module prepared the statement would abort the transaction. PGlite has one connection, so nothing comes
  // between the question and the PREPARE inside a transaction; outside one, a PREPARE that loses that race fails
  // harmlessly and is caught below.
  const prepare = async () => {
    const there = rowsOf(await db.execute(sql`select 1 from pg_prepared_statements where name = ${named}`));
    if (there.length === 0) await db.execute(sql.raw(`prepare ${named} as ${text}`));
  };
  const name = prepare().then(
    () => named,
    (error: unknown) => {
      if (hasCode(error, "42P05")) return named; // duplicate_prepared_statement: prepared all the same
      // Sent inside a transaction that had already failed: the statement fails as it should, and the next call
      // prepares it.
      if (hasCode(error, "25P02")) {
        names.delete(text);
        return null;
      }
      console.error("executePrepared: cannot prepare on PGlite; running it unprepared", error);
      return null;
    },
  );
  names.set(text, name);
  return name;
}

/** Whether PostgreSQL's error `code` is in `error`'s chain of causes (drizzle wraps the driver's). */
function hasCode(error: unknown, code: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if ((e as { code?: string }).code === code) return true;
  return false;
}

/**
 * A parameter as an SQL literal for EXECUTE, or null for a kind this does not write (the statement then runs
 * unprepared). Strings are quoted by doubling their quotes, which is exact while standard_conforming_strings is on
 * (PostgreSQL's default since 9.1, and PGlite's; backslashes are then ordinary characters).
 */
function sqlLiteral(value: unknown): string | null {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? `'${value}'` : null;
  if (typeof value === "bigint" || typeof value === "boolean") return `'${value}'`;
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : null;
  if (text === null || text.includes("\0")) return null;
  return `'${text.replaceAll("'", "''")}'`;
}

/** The driver under drizzle: postgres.js has `end` (a pool), PGlite `close`. */
function clientOf(db: Database): { end?: () => Promise<void>; close?: () => Promise<void> } {
  return (db as unknown as { $client: { end?: () => Promise<void>; close?: () => Promise<void> } }).$client;
}

/** A PGlite database's whole data dir as one uncompressed tarball (for `pgliteDump`); PGlite only. */
export async function dumpPgliteDataDir(db: Database): Promise<Blob> {
  const client = clientOf(db) as { dumpDataDir?: (compression: "none") => Promise<Blob> };
  if (!client.dumpDataDir) throw new Error("only a PGlite database can be dumped");
  return client.dumpDataDir("none");
}

/** PGlite: one connection in this process, on which nothing may query beside an open transaction. */
export function runsOnOneConnection(db: Database): boolean {
  return typeof clientOf(db).end !== "function";
}

/**
 * Calls `onNotify` on every NOTIFY on `channel`, when the database runs in this process (PGlite): there
 * nothing else can write to it, and a notification is handed over before the statement that committed it
 * returns, so a listener hears of a write before its writer goes on. Answers false (and listens to nothing) on
 * PostgreSQL, where a notification can be late or lost with its connection.
 */
export async function listenInProcess(db: Database, channel: string, onNotify: () => void): Promise<boolean> {
  if (!runsOnOneConnection(db)) return false;
  const client = clientOf(db) as { listen: (channel: string, callback: () => void) => Promise<unknown> };
  await client.listen(channel, onNotify);
  return true;
}

/** Ends the pool (postgres.js) or closes PGlite, so a process can exit with its data flushed. */
export async function closeDatabase(db: Database): Promise<void> {
  const client = clientOf(db);
  if (client.end) await client.end();
  else if (client.close) await client.close();
}
