import { beforeEach, describe, expect, it, vi } from "vitest";
import { listAuditEntries } from "@/lib/db/queries/audit-log";
import { getFrontPage } from "@/lib/content/front-page";
import { frontPageSchema, type LeadSlot } from "@/lib/content/front-page-layout";
import { createUser } from "@/lib/testing/factories/accounts";
import {
  createArticle,
  createPublisher,
  createTopic,
  hoursAgo,
  updateArticle,
} from "@/lib/testing/factories/content";
import { changeFollow, hideMutedOnHome } from "@/lib/personal";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { EditorialInputError, NotAllowedError, StaleVersionError } from "./errors";
import { getFrontPageForEditing, saveFrontPage } from "./front-page";
import { setTitlePaused } from "./titles";

// The front page (issue #13, point 3): saved whole and versioned (point 8), audited in the same transaction
// (point 7), purged by tag, and applied to the home page's lists with automatic slots never repeating a story.

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, refresh: vi.fn(), cacheLife: vi.fn(), cacheTag: vi.fn() }));

setUpTestDatabase();

const mostRead: LeadSlot = { kind: "auto", source: "most-read" };
const newest: LeadSlot = { kind: "auto", source: "newest" };
const byHand = (articleId: number): LeadSlot => ({ kind: "article", articleId });

const auditCount = async () => (await listAuditEntries({ entityType: "front-page", limit: 1000 })).length;

describe("the front page", () => {
  beforeEach(() => revalidateTag.mockClear());

  it("saves rails and leads: version bumped, audited, purged; the home page follows without repeats", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const [t1, t2, t3] = [await createTopic(), await createTopic(), await createTopic()];
    // The hand-picked story is also the most read and the newest: no automatic slot may show it again.
    const star = await createArticle({ topicId: t1.id, popularity: 1000, publishedAt: new Date() });
    const popular = await createArticle({ topicId: t2.id, popularity: 500, publishedAt: hoursAgo(5) });
    const fresh = await createArticle({ topicId: t3.id, popularity: 0, publishedAt: hoursAgo(1) });
    const { version } = await getFrontPageForEditing();
    const before = await auditCount();

    const layout = {
      rails: [t3.id, t1.id, t2.id],
      hidden: [t2.id],
      leads: [mostRead, newest, byHand(star.id), mostRead, mostRead],
    };
    const next = await saveFrontPage(editor, version, layout);

    expect(next).toBe(version + 1);
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await listAuditEntries({ entityType: "front-page", limit: 1 });
    expect(entry).toMatchObject({ action: "front-page.save", actorId: editor.id, after: layout });
    expect(revalidateTag).toHaveBeenCalledWith("front-page", { expire: 0 });

    const front = await getFrontPage(4);
    expect(front.rails.map((r) => r.topicId).slice(0, 2)).toEqual([t3.id, t1.id]);
    expect(front.rails.map((r) => r.topicId)).not.toContain(t2.id);
    const leads = front.leads.map((a) => a.id);
    expect(leads.slice(0, 3)).toEqual([popular.id, fresh.id, star.id]);
    expect(new Set(leads).size).toBe(leads.length);

    const editing = await getFrontPageForEditing();
    expect(editing.version).toBe(next);
    expect(editing.rails.slice(0, 3)).toEqual([
      { topicId: t3.id, name: t3.name, shown: true },
      { topicId: t1.id, name: t1.name, shown: true },
      { topicId: t2.id, name: t2.name, shown: false },
    ]);

    // A topic the layout does not know yet (created later) shows its rail after the listed ones.
    const later = await createTopic();
    await createArticle({ topicId: later.id });
    revalidateTag.mockClear();
    const withLater = (await getFrontPage(4)).rails.map((r) => r.topicId);
    expect(withLater.slice(0, 2)).toEqual([t3.id, t1.id]);
    expect(withLater.at(-1)).toBe(later.id);
    expect(editing.leads[2]).toMatchObject({ kind: "article", articleId: star.id, published: true });
  });

  it("a reader's mutes still apply: a hand-picked lead from a muted title is hidden for them only", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const { user: reader } = await createUser();
    const title = await createPublisher();
    const story = await createArticle({ publisherId: title.id, popularity: 3000 });
    const { version } = await getFrontPageForEditing();
    await saveFrontPage(editor, version, {
      rails: [],
      hidden: [],
      leads: [byHand(story.id), mostRead, mostRead, mostRead, mostRead],
    });
    await changeFollow(reader.id, "publisher", title.slug, "mute");
    const front = await getFrontPage(4);
    const home = await hideMutedOnHome(reader.id, { top: front.leads, picks: [], rails: front.rails });
    expect(home.top.map((a) => a.id)).not.toContain(story.id);
    expect(home.hidden.top?.items.map((a) => a.id)).toEqual([story.id]);
    const visitor = await hideMutedOnHome(null, { top: front.leads, picks: [], rails: front.rails });
    expect(visitor.top[0]?.id).toBe(story.id);
  });

  it("a hand-picked story taken down later gives its slot to an automatic story", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const story = await createArticle({ popularity: 2000 });
    const { version } = await getFrontPageForEditing();
    await saveFrontPage(editor, version, {
      rails: [],
      hidden: [],
      leads: [byHand(story.id), mostRead, mostRead, mostRead, mostRead],
    });
    expect((await getFrontPage(4)).leads[0]?.id).toBe(story.id);
    await updateArticle(story.id, { status: "withdrawn" });
    const leads = (await getFrontPage(4)).leads.map((a) => a.id);
    expect(leads).not.toContain(story.id);
    expect(leads.length).toBeGreaterThan(0);
  });

  it("refuses a save from an older version: the first editor's layout stays, one audit entry", async () => {
    const { user: first } = await createUser({ role: "editor" });
    const { user: second } = await createUser({ role: "editor" });
    const topic = await createTopic();
    const { version } = await getFrontPageForEditing();
    const before = await auditCount();
    await saveFrontPage(first, version, {
      rails: [topic.id],
      hidden: [topic.id],
      leads: [newest, newest, newest, newest, newest],
    });
    await expect(
      saveFrontPage(second, version, {
        rails: [],
        hidden: [],
        leads: [mostRead, mostRead, mostRead, mostRead, mostRead],
      }),
    ).rejects.toThrow(StaleVersionError);
    await expect(
      saveFrontPage(second, version, {
        rails: [],
        hidden: [],
        leads: [mostRead, mostRead, mostRead, mostRead, mostRead],
      }),
    ).rejects.toThrow("Another editor saved the front page while you were editing");
    const now = await getFrontPageForEditing();
    expect(now.version).toBe(version + 1);
    expect(now.rails[0]).toMatchObject({ topicId: topic.id, shown: false });
    expect(now.leads.every((l) => l.kind === "auto" && l.source === "newest")).toBe(true);
    expect(await auditCount()).toBe(before + 1);
  });

  it("refuses a newly chosen story from a paused title, but keeps one chosen before the pause", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const title = await createPublisher();
    const [kept, added] = [
      await createArticle({ publisherId: title.id }),
      await createArticle({ publisherId: title.id }),
    ];
    const leads = (...ids: number[]) =>
      [...ids.map(byHand), mostRead, mostRead, mostRead, mostRead].slice(0, 5);
    const { version } = await getFrontPageForEditing();
    const saved = await saveFrontPage(editor, version, { rails: [], hidden: [], leads: leads(kept.id) });
    await setTitlePaused(editor, title.id, true);
    const before = await auditCount();

    await expect(
      saveFrontPage(editor, saved, { rails: [], hidden: [], leads: leads(kept.id, added.id) }),
    ).rejects.toThrow(
      `Story ${added.id} is from a paused title, so readers would not see it. Nothing was saved.`,
    );
    expect(await auditCount()).toBe(before);
    // The story chosen before the pause does not hold up another change (it shows as "no longer listed").
    const next = await saveFrontPage(editor, saved, {
      rails: [],
      hidden: [],
      leads: [newest, ...leads(kept.id)].slice(0, 5),
    });
    expect(next).toBe(saved + 1);
    expect((await getFrontPageForEditing()).leads[1]).toMatchObject({ kind: "article", articleId: kept.id });
  });

  it("refuses an unknown story, an unknown topic, a duplicate and a reader, changing nothing", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const { user: reader } = await createUser({ role: "reader" });
    const story = await createArticle();
    const draft = await createArticle({ status: "draft" });
    const topic = await createTopic();
    const { version } = await getFrontPageForEditing();
    const before = await auditCount();
    const leads = (first: LeadSlot) => [first, mostRead, mostRead, mostRead, mostRead];

    await expect(
      saveFrontPage(editor, version, { rails: [], hidden: [], leads: leads(byHand(999_999)) }),
    ).rejects.toThrow("No published story has the id 999999");
    await expect(
      saveFrontPage(editor, version, { rails: [], hidden: [], leads: leads(byHand(draft.id)) }),
    ).rejects.toThrow(EditorialInputError);
    await expect(
      saveFrontPage(editor, version, { rails: [topic.id], hidden: [999_998], leads: leads(mostRead) }),
    ).rejects.toThrow("No topic has the id 999998");
    await expect(
      saveFrontPage(reader, version, { rails: [], hidden: [], leads: leads(mostRead) }),
    ).rejects.toThrow(NotAllowedError);
    // Duplicates and a wrong number of slots never reach the save: the form's schema refuses them.
    const duplicate = frontPageSchema.safeParse({
      rails: [],
      hidden: [],
      leads: [byHand(story.id), byHand(story.id), mostRead, mostRead, mostRead],
    });
    expect(duplicate.error?.issues[0]?.message).toBe("A story can lead in one slot only.");
    const twice = frontPageSchema.safeParse({ rails: [topic.id, topic.id], leads: leads(mostRead) });
    expect(twice.error?.issues[0]?.message).toBe("A topic can be listed only once.");
    expect(frontPageSchema.safeParse({ rails: [], hidden: [], leads: [mostRead] }).success).toBe(false);

    expect((await getFrontPageForEditing()).version).toBe(version);
    expect(await auditCount()).toBe(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
