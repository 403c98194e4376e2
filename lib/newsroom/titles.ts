import "server-only";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import {
  getTitle,
  insertTitle,
  slugOwner,
  updateTitle,
  type TitleFields,
} from "@/lib/db/queries/editorial-publishers";
import { withTransaction } from "@/lib/db/queries/transaction";
import { contentTags, purgeContent } from "@/lib/content/purge";
import type { User } from "@/lib/db/schema";
import { clearTitleFeedState, restartFeedPolling } from "@/lib/db/queries/feeds";
import type { Database } from "@/lib/db/client";
import { assertRole, EditorialInputError, StaleVersionError } from "./errors";
import { storeLogo } from "./logos";

export type { TitleFields } from "@/lib/db/queries/editorial-publishers";
export { getTitle, listTitlesForNewsroom } from "@/lib/db/queries/editorial-publishers";

type TitleInput = Omit<TitleFields, "logoUrl">;

const STALE =
  "Another editor changed this title since you opened it. Nothing was saved: the form now shows their version.";

/** A new or changed feed URL starts polling afresh (lib/feeds reads feed_states); a removed one forgets it. */
async function followFeed(tx: Database, id: number, feedUrl: string | null | undefined) {
  if (feedUrl) await restartFeedPolling(tx, id);
  else await clearTitleFeedState(tx, id);
}

const tagsFor = (slugs: string[]) => [
  contentTags.publishers,
  contentTags.articleLists,
  contentTags.picks,
  contentTags.frontPage,
  ...slugs.map(contentTags.publisher),
];

async function assertSlugFree(tx: Parameters<typeof slugOwner>[0], slug: string, id?: number) {
  const owner = await slugOwner(tx, slug);
  if (owner !== undefined && owner !== id)
    throw new EditorialInputError(`Another title already uses the address /publishers/${slug}.`);
}

/** Creates a title (logo optional); the logo is stored before the transaction so no file write holds a lock. */
export async function createTitle(actor: User, input: TitleInput, logo: File | null): Promise<number> {
  assertRole(actor, "editor");
  const logoUrl = logo ? await storeLogo(logo) : null;
  const created = await withTransaction(async (tx) => {
    await assertSlugFree(tx, input.slug);
    const row = await insertTitle(tx, { ...input, logoUrl });
    if (input.feedUrl) await followFeed(tx, row.id, input.feedUrl);
    await insertAuditEntry(tx, {
      actor,
      action: "title.create",
      entityType: "publisher",
      entityId: row.id,
      summary: `Created the title ${row.name}`,
      after: { ...input, logoUrl },
    });
    return row;
  });
  await purgeContent(tagsFor([created.slug]));
  return created.id;
}

/**
 * Edits a title's fields (and its logo when a new one is given) if nobody changed it since `expectedVersion`;
 * answers the new version. A changed feed URL resets the feed's polling state in the same transaction.
 */
export async function editTitle(
  actor: User,
  id: number,
  expectedVersion: number,
  input: TitleInput,
  logo: File | null,
): Promise<number> {
  assertRole(actor, "editor");
  const logoUrl = logo ? await storeLogo(logo) : undefined;
  const { version, slugs } = await withTransaction(async (tx) => {
    const current = await getTitle(id, tx);
    if (!current) throw new EditorialInputError(`No title has the id ${id}. Nothing was changed.`);
    if (current.version !== expectedVersion) throw new StaleVersionError(STALE);
    await assertSlugFree(tx, input.slug, id);
    const next: Partial<TitleFields> = { ...input, ...(logoUrl ? { logoUrl } : {}) };
    const changed = Object.fromEntries(
      Object.entries(next).filter(([k, v]) => current[k as keyof typeof current] !== v),
    );
    if (Object.keys(changed).length === 0)
      throw new EditorialInputError("Nothing to save: no field changed.");
    const version = await updateTitle(tx, id, changed);
    if ("feedUrl" in changed) await followFeed(tx, id, input.feedUrl);
    await insertAuditEntry(tx, {
      actor,
      action: "title.edit",
      entityType: "publisher",
      entityId: id,
      summary: `Edited the title ${current.name}`,
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, current[k as keyof typeof current]])),
      after: changed,
    });
    return { version, slugs: [current.slug, input.slug] };
  });
  await purgeContent(tagsFor(slugs));
  return version;
}

/** Pauses (its stories leave rails, search and Our Picks, stay readable by link) or resumes a title. */
export async function setTitlePaused(actor: User, id: number, paused: boolean): Promise<void> {
  assertRole(actor, "editor");
  const slug = await withTransaction(async (tx) => {
    const current = await getTitle(id, tx);
    if (!current) throw new EditorialInputError(`No title has the id ${id}. Nothing was changed.`);
    if (current.active === !paused)
      throw new EditorialInputError(`${current.name} is already ${paused ? "paused" : "live"}.`);
    await updateTitle(tx, id, { active: !paused });
    await insertAuditEntry(tx, {
      actor,
      action: paused ? "title.pause" : "title.resume",
      entityType: "publisher",
      entityId: id,
      summary: `${paused ? "Paused" : "Resumed"} ${current.name}`,
      before: { active: current.active },
      after: { active: !paused },
    });
    return current.slug;
  });
  await purgeContent(tagsFor([slug]));
}
