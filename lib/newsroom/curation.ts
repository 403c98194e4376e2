import "server-only";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import { bumpCuration, lockCuration, type Curation } from "@/lib/db/queries/curations";
import { withTransaction } from "@/lib/db/queries/transaction";
import type { Database } from "@/lib/db/client";
import { purgeContent } from "@/lib/content/purge";
import { findPublishedIds } from "@/lib/db/queries/editorial-picks";
import type { User } from "@/lib/db/schema";
import { assertRole, EditorialInputError, StaleVersionError } from "./errors";

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

/**
 * Refuses (with nothing saved) a curation naming a story that is not published, or a newly chosen one from a
 * paused title, which readers would never see. A story chosen before its title was paused may stay (editors
 * see it marked "no longer listed"), so it does not hold up the editor's other changes.
 */
export async function refuseUnshownStories(tx: Database, chosen: number[], before: number[]): Promise<void> {
  const { published, listed } = await findPublishedIds(tx, chosen);
  const missing = chosen.filter((id) => !published.has(id));
  if (missing.length > 0)
    throw new EditorialInputError(`No published story has the id ${missing.join(", ")}. Nothing was saved.`);
  const kept = new Set(before);
  const paused = chosen.filter((id) => !listed.has(id) && !kept.has(id));
  if (paused.length > 0)
    throw new EditorialInputError(
      `Story ${paused.join(", ")} is from a paused title, so readers would not see it. Nothing was saved.`,
    );
}
