import "server-only";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import { bumpCuration, lockCuration, type Curation } from "@/lib/db/queries/curations";
import { withTransaction } from "@/lib/db/queries/transaction";
import type { Database } from "@/lib/db/client";
import { purgeContent } from "@/lib/content/purge";
import type { User } from "@/lib/db/schema";
import { assertRole, StaleVersionError } from "./errors";

// The one way a curation (a curations row: Our Picks, the front page) is saved: lock the row, refuse a stale
// version, apply the change, bump the version and record the audit entry (action `<key>.save`, entity `<key>`)
// in the same transaction, then purge. Of two editors saving from the same version exactly one wins.

export interface CurationChange {
  summary: string;
  before: unknown;
  after: unknown;
  /** The row's new config, when the curation lives in it (the front page); Our Picks keeps its own table. */
  config?: Record<string, unknown>;
}

export async function saveCuration(
  actor: User,
  key: string,
  expectedVersion: number,
  {
    stale,
    apply,
    purge,
  }: {
    /** The refusal an editor reads when someone saved since they loaded the curation. */
    stale: string;
    /** Checks and writes the change; throws EditorialInputError to refuse it with nothing changed. */
    apply: (tx: Database, current: Curation) => Promise<CurationChange>;
    /** The content tags the save changes. */
    purge: string[];
  },
): Promise<number> {
  assertRole(actor, "editor");
  const version = await withTransaction(async (tx) => {
    const current = await lockCuration(tx, key);
    if (current.version !== expectedVersion) throw new StaleVersionError(stale);
    const { config, ...change } = await apply(tx, current);
    const next = await bumpCuration(tx, key, actor.id, config);
    await insertAuditEntry(tx, { actor, action: `${key}.save`, entityType: key, entityId: key, ...change });
    return next;
  });
  await purgeContent(purge);
  return version;
}
