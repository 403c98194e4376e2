import { describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle, createPublisher, createTopic, hoursAgo } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { findArticlesForNewsroom, takeDownArticle } from "./articles";
import { getAuditPage } from "./audit";
import { setTitlePaused } from "./titles";

// What the newsroom finds things by (issue #13): articles by words, title, topic and date (every status), and
// the audit log by kind of thing, person and time.

vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

setUpTestDatabase();

describe("finding articles", () => {
  it("by words, title, topic and publication date, taken-down ones included", async () => {
    const [title, otherTitle] = [await createPublisher(), await createPublisher()];
    const [topic, otherTopic] = [await createTopic(), await createTopic()];
    const old = await createArticle({
      publisherId: title.id,
      topicId: topic.id,
      publishedAt: hoursAgo(24 * 10),
    });
    const recent = await createArticle({
      publisherId: title.id,
      topicId: otherTopic.id,
      headline: "Quarrymen restore the lighthouse lens",
      status: "withdrawn",
      publishedAt: hoursAgo(2),
    });
    const elsewhere = await createArticle({ publisherId: otherTitle.id, topicId: topic.id });
    const ids = async (filter: Parameters<typeof findArticlesForNewsroom>[0]) =>
      (await findArticlesForNewsroom(filter)).map((a) => a.id).sort((a, b) => a - b);

    expect(await ids({ publisherSlug: title.slug, limit: 50 })).toEqual([old.id, recent.id]);
    expect(await ids({ topicSlug: topic.slug, limit: 50 })).toEqual([old.id, elsewhere.id]);
    expect(await ids({ words: "quarrymen lighthouse", limit: 50 })).toEqual([recent.id]);
    expect(await ids({ publisherSlug: title.slug, from: hoursAgo(24 * 3), limit: 50 })).toEqual([recent.id]);
    expect(await ids({ publisherSlug: title.slug, until: hoursAgo(24 * 3), limit: 50 })).toEqual([old.id]);
  });
});

describe("the audit log", () => {
  it("filters by kind of thing, person and time; newest first", async () => {
    const { user: ann } = await createUser({ role: "editor", email: "ann.finder@newsstand.test" });
    const { user: bob } = await createUser({ role: "editor", email: "bob.finder@newsstand.test" });
    const start = new Date(Date.now() - 1000);
    const story = await createArticle();
    const title = await createPublisher();
    await takeDownArticle(ann, story.id, 0);
    await setTitlePaused(bob, title.id, true);

    const byAnn = await getAuditPage({ actor: "ann.finder" });
    expect(byAnn.entries.map((e) => e.action)).toEqual(["article.take-down"]);
    const titles = await getAuditPage({ entityType: "publisher", since: start });
    expect(titles.entries.map((e) => [e.action, e.actorEmail])).toEqual([["title.pause", bob.email]]);
    const all = await getAuditPage({ since: start });
    expect(all.entries.map((e) => e.action)).toEqual(["title.pause", "article.take-down"]);
    expect(await getAuditPage({ since: new Date(Date.now() + 60_000) })).toEqual({
      entries: [],
      olderThan: null,
    });
  });
});
