import { describe, expect, it, vi } from "vitest";
import { listAuditEntries } from "@/lib/db/queries/audit-log";
import { getArticleBody, getArticleBySlug, listRecentArticleSlugs } from "@/lib/db/queries/articles";
import { listTakenDownSlugs } from "@/lib/db/queries/editorial-articles";
import { listEditorsPicks } from "@/lib/db/queries/picks";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle, createPick, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { editArticle, getEditableArticle, restoreArticle, takeDownArticle } from "./articles";
import { EditorialInputError, NotAllowedError, StaleVersionError } from "./errors";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, refresh: vi.fn() }));

setUpTestDatabase();

const historyOf = (id: number) =>
  listAuditEntries({ entityType: "article", entityId: String(id), limit: 100 });

describe("editing an article", () => {
  it("changes headline, standfirst and topic, keeps the body, and records before → after", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const article = await createArticle({ headline: "Original headline", standfirst: "Original standfirst" });
    const topic = await createTopic();
    const version = await editArticle(editor, article.id, 0, {
      headline: "Corrected headline",
      standfirst: "Original standfirst",
      topicId: topic.id,
    });
    expect(version).toBe(1);
    const after = await getEditableArticle(article.id);
    expect(after).toMatchObject({ headline: "Corrected headline", topicId: topic.id, version: 1 });
    expect(await getArticleBody(article.id)).toBe(article.bodyHtml);
    const [entry] = await historyOf(article.id);
    expect(entry).toMatchObject({ action: "article.edit", actorId: editor.id });
    expect(entry?.before).toEqual({ headline: "Original headline", topicId: article.topicId });
    expect(entry?.after).toEqual({ headline: "Corrected headline", topicId: topic.id });
    expect(revalidateTag).toHaveBeenCalledWith(`article:${article.id}`, { expire: 0 });
  });

  it("refuses the second of two editors who opened the same version; the first edit stands", async () => {
    const { user: first } = await createUser({ role: "editor" });
    const { user: second } = await createUser({ role: "editor" });
    const article = await createArticle();
    const edit = (headline: string) => ({
      headline,
      standfirst: article.standfirst,
      topicId: article.topicId,
    });
    await editArticle(first, article.id, 0, edit("First editor's headline"));
    await expect(editArticle(second, article.id, 0, edit("Second editor's headline"))).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect((await getEditableArticle(article.id))?.headline).toBe("First editor's headline");
    expect(await historyOf(article.id)).toHaveLength(1);
  });

  it("refuses an unknown article, an unknown topic and a reader, changing nothing", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const { user: reader } = await createUser();
    const article = await createArticle();
    const edit = { headline: "New", standfirst: "", topicId: article.topicId };
    await expect(editArticle(editor, 9_999_999, 0, edit)).rejects.toBeInstanceOf(EditorialInputError);
    await expect(editArticle(editor, article.id, 0, { ...edit, topicId: 9_999_999 })).rejects.toBeInstanceOf(
      EditorialInputError,
    );
    await expect(editArticle(reader, article.id, 0, edit)).rejects.toBeInstanceOf(NotAllowedError);
    expect(await getEditableArticle(article.id)).toMatchObject({ headline: article.headline, version: 0 });
    expect(await historyOf(article.id)).toHaveLength(0);
  });
});

describe("taking an article down", () => {
  it("removes it from reader queries and marks its slug gone; restore puts it back; the text is kept", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const article = await createArticle();
    await createPick(article.id, 0);

    await takeDownArticle(editor, article.id, 0);
    expect(await getArticleBySlug(article.slug)).toBeUndefined();
    expect((await listRecentArticleSlugs(1000)).map((a) => a.slug)).not.toContain(article.slug);
    expect((await listEditorsPicks(10)).map((a) => a.id)).not.toContain(article.id);
    expect(await listTakenDownSlugs()).toContain(article.slug);
    await expect(takeDownArticle(editor, article.id, 1)).rejects.toBeInstanceOf(EditorialInputError);

    await restoreArticle(editor, article.id, 1);
    expect((await getArticleBySlug(article.slug))?.headline).toBe(article.headline);
    expect(await getArticleBody(article.id)).toBe(article.bodyHtml);
    expect(await listTakenDownSlugs()).not.toContain(article.slug);
    expect((await historyOf(article.id)).map((e) => e.action)).toEqual([
      "article.restore",
      "article.take-down",
    ]);
  });
});
