import { beforeEach, describe, expect, it, vi } from "vitest";
import { listAuditEntries } from "@/lib/db/queries/audit-log";
import { listEditorsPicks } from "@/lib/db/queries/picks";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle, createPublisher } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { EditorialInputError, NotAllowedError, StaleVersionError } from "./errors";
import { getPicksForEditing, pickDraftSchema, previewPicks, savePicks, searchCandidates } from "./picks";
import { setTitlePaused } from "./titles";

// Next's tag cache needs a request; these tests check which tags a change purges instead.
const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, refresh: vi.fn() }));

setUpTestDatabase();

const pick = (
  articleId: number,
  extra: Partial<{ pinned: boolean; startsAt: Date | null; endsAt: Date | null }> = {},
) => ({
  articleId,
  pinned: false,
  startsAt: null,
  endsAt: null,
  ...extra,
});

async function auditCount() {
  return (await listAuditEntries({ entityType: "picks", limit: 1000 })).length;
}

describe("saving Our Picks", () => {
  beforeEach(() => revalidateTag.mockClear());

  it("replaces the list, bumps the version, writes the audit entry and purges the picks", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const [a, b] = [await createArticle(), await createArticle()];
    const { version } = await getPicksForEditing();
    const before = await auditCount();

    const next = await savePicks(editor, version, [pick(b.id), pick(a.id, { pinned: true })]);

    expect(next).toBe(version + 1);
    expect((await getPicksForEditing()).picks.map((p) => p.articleId)).toEqual([b.id, a.id]);
    // Pinned first on the home page, whatever its place in the list.
    expect((await listEditorsPicks(10)).map((c) => c.id)).toEqual([a.id, b.id]);
    const [entry] = await listAuditEntries({ entityType: "picks", limit: 1 });
    expect(await auditCount()).toBe(before + 1);
    expect(entry).toMatchObject({ actorId: editor.id, actorEmail: editor.email, action: "picks.save" });
    expect(entry?.after).toEqual([
      { articleId: b.id, pinned: false, startsAt: null, endsAt: null },
      { articleId: a.id, pinned: true, startsAt: null, endsAt: null },
    ]);
    expect(revalidateTag).toHaveBeenCalledWith("picks", { expire: 0 });
  });

  it("refuses a save from an older version: the first editor's list stays, no audit entry", async () => {
    const { user: first } = await createUser({ role: "editor" });
    const { user: second } = await createUser({ role: "editor" });
    const [a, b] = [await createArticle(), await createArticle()];
    const { version } = await getPicksForEditing();
    await savePicks(first, version, [pick(a.id)]);
    const before = await auditCount();

    await expect(savePicks(second, version, [pick(b.id)])).rejects.toBeInstanceOf(StaleVersionError);

    expect((await getPicksForEditing()).picks.map((p) => p.articleId)).toEqual([a.id]);
    expect(await auditCount()).toBe(before);
  });

  it("of two saves racing from the same version, exactly one wins", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const [a, b] = [await createArticle(), await createArticle()];
    const { version } = await getPicksForEditing();
    const results = await Promise.allSettled([
      savePicks(editor, version, [pick(a.id)]),
      savePicks(editor, version, [pick(b.id)]),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(StaleVersionError);
  });

  it("refuses an unknown or unpublished story and changes nothing", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const draft = await createArticle({ status: "draft" });
    const { version, picks } = await getPicksForEditing();
    const before = await auditCount();
    await expect(savePicks(editor, version, [pick(987_654_321)])).rejects.toBeInstanceOf(EditorialInputError);
    await expect(savePicks(editor, version, [pick(draft.id)])).rejects.toBeInstanceOf(EditorialInputError);
    expect(await getPicksForEditing()).toEqual({ version, picks });
    expect(await auditCount()).toBe(before);
  });

  it("refuses a newly added story from a paused title; one picked before the pause may stay", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const title = await createPublisher();
    const [kept, added] = [
      await createArticle({ publisherId: title.id }),
      await createArticle({ publisherId: title.id }),
    ];
    const pick = (articleId: number) => ({ articleId, pinned: false, startsAt: null, endsAt: null });
    const saved = await savePicks(editor, (await getPicksForEditing()).version, [pick(kept.id)]);
    await setTitlePaused(editor, title.id, true);

    await expect(savePicks(editor, saved, [pick(kept.id), pick(added.id)])).rejects.toThrow(
      `Story ${added.id} is from a paused title, so readers would not see it. Nothing was saved.`,
    );
    expect((await getPicksForEditing()).picks.map((p) => p.articleId)).toEqual([kept.id]);
    expect(await savePicks(editor, saved, [{ ...pick(kept.id), pinned: true }])).toBe(saved + 1);
    // The editors' search no longer offers the paused title's stories.
    expect((await searchCandidates(added.headline)).map((c) => c.id)).not.toContain(added.id);
  });

  it("refuses a reader", async () => {
    const { user: reader } = await createUser();
    await expect(savePicks(reader, 0, [])).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("rejects a start after its end and a story picked twice", () => {
    const late = "2030-01-02T00:00:00.000Z";
    const early = "2030-01-01T00:00:00.000Z";
    const result = pickDraftSchema.safeParse([
      { articleId: 1, pinned: false, startsAt: late, endsAt: early },
    ]);
    expect(result.error?.issues[0]?.message).toBe("A pick's start must be before its end.");
    const twice = pickDraftSchema.safeParse([pick(1), pick(1)]);
    expect(twice.error?.issues[0]?.message).toBe("A story can be picked only once.");
  });
});

describe("scheduled picks", () => {
  it("show only between their start and end, at query time", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const [now, later, gone, open] = [
      await createArticle(),
      await createArticle(),
      await createArticle(),
      await createArticle(),
    ];
    const hour = 3_600_000;
    const { version } = await getPicksForEditing();
    const draft = [
      pick(now.id, { startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + hour) }),
      pick(later.id, { startsAt: new Date(Date.now() + hour) }),
      pick(gone.id, { endsAt: new Date(Date.now() - 1000) }),
      pick(open.id),
    ];
    await savePicks(editor, version, draft);
    expect((await listEditorsPicks(10)).map((c) => c.id)).toEqual([now.id, open.id]);
    // The preview applies the same rule at any moment: two hours on, `later` has started and `now` has ended.
    const inTwoHours = await previewPicks(draft, new Date(Date.now() + 2 * hour), 10);
    expect(inTwoHours.map((c) => c.id)).toEqual([later.id, open.id]);
  });
});
