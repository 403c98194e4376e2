import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { curations } from "../schema";

// Versioned editor-curated settings (one row per key). A save locks the row, compares versions and bumps it,
// so of two editors saving from the same version exactly one wins.

export interface Curation {
  version: number;
  config: Record<string, unknown>;
}

export async function getCuration(key: string): Promise<Curation> {
  const db = await getDb();
  const [row] = await db
    .select({ version: curations.version, config: curations.config })
    .from(curations)
    .where(eq(curations.key, key))
    .limit(1);
  return row ?? { version: 0, config: {} };
}

/** Locks the row for this transaction (creating it at version 0 first) and answers its current state. */
export async function lockCuration(tx: Database, key: string): Promise<Curation> {
  await tx.insert(curations).values({ key }).onConflictDoNothing({ target: curations.key });
  const [row] = await tx
    .select({ version: curations.version, config: curations.config })
    .from(curations)
    .where(eq(curations.key, key))
    .for("update");
  return row ?? { version: 0, config: {} };
}

export async function bumpCuration(
  tx: Database,
  key: string,
  updatedBy: string,
  config?: Record<string, unknown>,
): Promise<number> {
  const [row] = await tx
    .update(curations)
    .set({
      version: sql`${curations.version} + 1`,
      updatedBy,
      updatedAt: new Date(),
      ...(config ? { config } : {}),
    })
    .where(eq(curations.key, key))
    .returning({ version: curations.version });
  return row?.version ?? 0;
}
