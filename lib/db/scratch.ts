import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { closeDatabase, dumpPgliteDataDir, openDatabase, type Database } from "./open";

// A throw-away database on a PostgreSQL server, for tests and benchmarks.

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database (after every connection to it is closed or forced off). */
  drop: () => Promise<void>;
}

/**
 * Where a throw-away database may start from instead of empty: a migrated template (see createTemplate). Plain
 * strings, so that it can be handed to other processes (Vitest's workers).
 */
export interface DatabaseTemplate {
  /** PostgreSQL: the name of a template database on the same server (no one may be connected to it). */
  postgres?: string;
  /** PGlite: the file holding a dump of a migrated data dir. */
  pgliteDumpFile?: string;
}

/** Database names are written into statements: only the ones this module makes (prefix, "_", hex) pass. */
const NAME = /^[a-z][a-z0-9_]*$/;

export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
  template?: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  if (!NAME.test(name) || (template !== undefined && !NAME.test(template)))
    throw new Error(`scratch database: refusing the name ${name} (template ${template})`);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  // A copy of a migrated template is a file copy on the server; migrating a new database runs every migration.
  await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ""}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * A migrated, empty database that disappears with `drop()`: a scratch database on `serverUrl`'s server (its
 * `url` given), or an in-memory PGlite when no server is given.
 */
export async function openThrowawayDatabase(
  serverUrl: string | undefined,
  prefix: string,
  template: DatabaseTemplate = {},
): Promise<{ db: Database; url?: string; drop: () => Promise<void> }> {
  // Opening still runs the migrations: on a template's copy each is found applied, so a stale template is caught up.
  if (!serverUrl) {
    const dump = template.pgliteDumpFile ? new Blob([await readFile(template.pgliteDumpFile)]) : undefined;
    return { db: await openDatabase({ dataDir: "memory://", pgliteDump: dump }), drop: async () => {} };
  }
  const scratch = await createScratchDatabase(serverUrl, prefix, template.postgres);
  const db = await openDatabase({ databaseUrl: scratch.url, maxConnections: 4 });
  return {
    db,
    url: scratch.url,
    drop: async () => {
      await closeDatabase(db);
      await scratch.drop();
    },
  };
}

/**
 * A migrated template for many throw-away databases (the test suite's, lib/testing/global-setup.ts): on a PostgreSQL
 * server, a database nobody stays connected to; without one, a migrated PGlite dumped to a temporary file. `drop`
 * removes either.
 */
export async function createTemplate(
  serverUrl: string | undefined,
  prefix: string,
): Promise<{ template: DatabaseTemplate; drop: () => Promise<void> }> {
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, prefix);
    await closeDatabase(await openDatabase({ databaseUrl: scratch.url, maxConnections: 1 }));
    return { template: { postgres: scratch.name }, drop: scratch.drop };
  }
  const db = await openDatabase({ dataDir: "memory://" });
  try {
    const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
    const file = path.join(dir, "pglite.tar");
    await writeFile(file, Buffer.from(await (await dumpPgliteDataDir(db)).arrayBuffer()));
    return { template: { pgliteDumpFile: file }, drop: () => rm(dir, { recursive: true, force: true }) };
  } finally {
    await closeDatabase(db);
  }
}
