import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { settings } from "../config/settings";
import { createTemplate } from "../db/scratch";

// Vitest's global setup (vitest.config.ts): migrates one template database before any test file runs, so that each
// file's own database (test-db.ts) is a copy of it rather than a new cluster migrated from scratch: on PGlite that
// was 3–5 s of initdb and migrations per file, a copy takes ~1.3 s; on PostgreSQL a copy is a file copy.

export interface TestDatabaseTemplate {
  /** PostgreSQL: the template database's name. */
  postgres?: string;
  /** PGlite: the file holding the migrated data dir's dump (a Blob cannot cross to the workers). */
  pgliteDumpFile?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate: TestDatabaseTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { template, drop } = await createTemplate(settings.DATABASE_URL, "newsstand_test_template");
  if (template.postgres) {
    project.provide("testDatabaseTemplate", { postgres: template.postgres });
    return drop;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "newsstand-test-template-"));
  const file = path.join(dir, "pglite.tar");
  await writeFile(file, Buffer.from(await template.pgliteDump!.arrayBuffer()));
  project.provide("testDatabaseTemplate", { pgliteDumpFile: file });
  return () => rm(dir, { recursive: true, force: true });
}
