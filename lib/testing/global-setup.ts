import type { TestProject } from "vitest/node";
import { settings } from "../config/settings";
import { createTemplate, type DatabaseTemplate } from "../db/scratch";

// Vitest's global setup (vitest.config.ts): migrates one template database before any test file runs, so that each
// file's own database (test-db.ts) is a copy of it rather than a new cluster migrated from scratch: on PGlite that
// was 3–5 s of initdb and migrations per file, a copy takes ~1.3 s; on PostgreSQL a copy is a file copy.

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate: DatabaseTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { template, drop } = await createTemplate(settings.DATABASE_URL, "newsstand_test_template");
  project.provide("testDatabaseTemplate", template);
  return drop;
}
