import { describe, expect, it, vi } from "vitest";
import { listAuditEntries } from "@/lib/db/queries/audit-log";
import { findFeedTarget, recordPollFailure } from "@/lib/db/queries/feeds";
import { createUser } from "@/lib/testing/factories/accounts";
import { createPublisher } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { StaleVersionError } from "./errors";
import { editTitle, getTitle } from "./titles";

// Editing a title: two editors never overwrite each other (issue #13, point 8), each edit is audited with it,
// and a changed feed URL takes the feed's polling state with it.

vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

setUpTestDatabase();

const fieldsOf = (title: Awaited<ReturnType<typeof createPublisher>>) => ({
  name: title.name,
  slug: title.slug,
  country: title.country,
  language: title.language,
  description: title.description,
  websiteUrl: title.websiteUrl,
  feedUrl: title.feedUrl,
});

describe("editing a title", () => {
  it("refuses the second of two editors who opened the same version; the first edit stands, audited once", async () => {
    const { user: first } = await createUser({ role: "editor" });
    const { user: second } = await createUser({ role: "editor" });
    const title = await createPublisher();
    expect(title.version).toBe(0);
    const version = await editTitle(first, title.id, 0, { ...fieldsOf(title), name: "First's name" }, null);
    expect(version).toBe(1);
    await expect(
      editTitle(second, title.id, 0, { ...fieldsOf(title), name: "Second's name" }, null),
    ).rejects.toThrow(StaleVersionError);
    await expect(
      editTitle(second, title.id, 0, { ...fieldsOf(title), name: "Second's name" }, null),
    ).rejects.toThrow("Another editor changed this title since you opened it");
    expect(await getTitle(title.id)).toMatchObject({ name: "First's name", version: 1 });
    const entries = await listAuditEntries({ entityType: "publisher", entityId: String(title.id), limit: 5 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "title.edit",
      actorId: first.id,
      before: { name: title.name },
      after: { name: "First's name" },
    });
    // From the fresh version the second editor's edit goes through.
    await editTitle(second, title.id, 1, { ...fieldsOf(title), name: "Second's name" }, null);
    expect(await getTitle(title.id)).toMatchObject({ name: "Second's name", version: 2 });
  });

  it("a new feed URL restarts the feed's polling state in the same edit; removing it forgets the state", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const title = await createPublisher({ feedUrl: "https://old.example/feed.xml" });
    const oldFeed = await findFeedTarget({ publisherId: title.id });
    expect(oldFeed?.state).toBeNull();
    await editTitle(editor, title.id, 0, { ...fieldsOf(title), feedUrl: "https://new.example/rss" }, null);
    const started = await findFeedTarget({ publisherId: title.id });
    expect(started).toMatchObject({ feedUrl: "https://new.example/rss" });
    expect(started?.state).toMatchObject({ consecutiveFailures: 0, pausedAt: null, etag: null });

    // A failing feed, then a corrected URL: the failures and the pause are forgotten, it is due again.
    for (let i = 0; i < 3; i++) await recordPollFailure(title.id, "HTTP 404", () => 3600, 3);
    const failing = await findFeedTarget({ publisherId: title.id });
    expect(failing?.state).toMatchObject({ consecutiveFailures: 3, lastError: "HTTP 404" });
    expect(failing?.state?.pausedAt).toBeInstanceOf(Date);
    await editTitle(editor, title.id, 1, { ...fieldsOf(title), feedUrl: "https://new.example/feed" }, null);
    const fixed = await findFeedTarget({ publisherId: title.id });
    expect(fixed?.state).toMatchObject({ consecutiveFailures: 0, pausedAt: null, lastError: null });
    expect(fixed!.state!.nextPollAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

    await editTitle(editor, title.id, 2, { ...fieldsOf(title), feedUrl: null }, null);
    expect(await findFeedTarget({ publisherId: title.id })).toBeNull();
    expect(await getTitle(title.id)).toMatchObject({ feedUrl: null, version: 3 });
  });
});
