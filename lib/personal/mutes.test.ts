import { describe, expect, it, vi } from "vitest";
import {
  getEditorsPicks,
  getLatestPage,
  getRelatedStories,
  getTopicRails,
  getTopStories,
  getArticle,
} from "@/lib/content/articles";
import { parseSearchParams } from "@/lib/content/params";
import { runSearch } from "@/lib/content/search";
import { createUser } from "@/lib/testing/factories/accounts";
import {
  createArticle,
  createAuthor,
  createPick,
  createPublisher,
  createTopic,
  hoursAgo,
} from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { changeFollow } from "./follows";
import { getForYou } from "./for-you";
import { readGateFacts } from "@/lib/db/queries/member-gate";
import { judgeMutes } from "./mute-match";
import { cardsByMutedAuthor, describeHidden, hideMuted } from "./mutes";

// A search past SEARCH_TIMEOUT_MS answers "too broad"; the first on a fresh database on a busy machine can take
// seconds (the browser tests use 10 s for the same reason). Set before the settings module reads it.
vi.hoisted(() => {
  process.env.SEARCH_TIMEOUT_MS = "20000";
});

// The lists come from the real lib/content functions; outside Next their cache calls have no request to use.
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));

setUpTestDatabase();

describe("a mute applies on every list a reader sees", () => {
  it("hides muted titles, topics and authors from home, picks, top, related, topic, title, search and For You", async () => {
    const topic = await createTopic({ name: "Rivers" });
    const mutedTopic = await createTopic({ name: "Motorsport" });
    const mutedTitle = await createPublisher({ name: "The Shouty Daily" });
    const calm = await createPublisher({ name: "The Calm Weekly" });
    const author = await createAuthor({ name: "Rex Hottake", publisherId: calm.id });
    const story = (over: Parameters<typeof createArticle>[0]) =>
      createArticle({ headline: `Riverside ferry plan ${Math.random()}`, publishedAt: hoursAgo(1), ...over });
    const kept = await story({ topicId: topic.id, publisherId: calm.id, popularity: 10 });
    const byTitle = await story({ topicId: topic.id, publisherId: mutedTitle.id, popularity: 30 });
    const byAuthor = await story({
      topicId: topic.id,
      publisherId: calm.id,
      authorIds: [author.id],
      popularity: 20,
    });
    const inTopic = await story({ topicId: mutedTopic.id, publisherId: calm.id, popularity: 40 });
    const muted = [byTitle.id, byAuthor.id, inTopic.id];
    for (const [i, article] of [kept, byTitle, byAuthor, inTopic].entries()) await createPick(article.id, i);

    const { user } = await createUser();
    await changeFollow(user.id, "publisher", mutedTitle.slug, "mute");
    await changeFollow(user.id, "author", author.slug, "mute");
    await changeFollow(user.id, "topic", mutedTopic.slug, "mute");
    await changeFollow(user.id, "topic", topic.slug, "follow");

    const article = await getArticle(kept.slug);
    if (!article) throw new Error("article missing");
    const rails = await getTopicRails(8);
    const lists = {
      top: await getTopStories(10),
      picks: await getEditorsPicks(10),
      rail: rails.find((r) => r.topicSlug === topic.slug)?.articles ?? [],
      mutedRail: rails.find((r) => r.topicSlug === mutedTopic.slug)?.articles ?? [],
      related: await getRelatedStories({ ...article, id: -1 }, 10),
      topicPage: (await getLatestPage({ topicId: topic.id }, 1)).items,
      titlePage: (await getLatestPage({ publisherId: mutedTitle.id }, 1)).items,
      search: (await runSearch(parseSearchParams({ q: "riverside" }))).items,
    };
    const view = await hideMuted(user.id, lists);

    for (const [name, list] of Object.entries(view)) {
      const shown = list.items.map((a) => a.id);
      const hidden = list.hidden?.items.map((a) => a.id) ?? [];
      expect(
        shown.filter((id) => muted.includes(id)),
        `${name} shows a muted story`,
      ).toEqual([]);
      // Nothing vanishes without trace: every story of the list is either shown or counted as hidden.
      expect([...shown, ...hidden].sort(), name).toEqual(
        lists[name as keyof typeof lists].map((a) => a.id).sort(),
      );
      expect(hidden.length, `${name} hid nothing`).toBeGreaterThan(0);
    }
    expect(view.top.items.map((a) => a.id)).toEqual([kept.id]);
    expect(describeHidden(view.titlePage.hidden!)).toBe("1 story hidden because you muted The Shouty Daily");
    expect(describeHidden(view.mutedRail.hidden!)).toBe("1 story hidden because you muted Motorsport");
    expect(describeHidden(view.top.hidden!)).toBe(
      "3 stories hidden because you muted Motorsport, The Shouty Daily and Rex Hottake",
    );

    // The members' shared copy judges in the browser, from the reader's parts (the gate statement's follows and
    // the author matches for the page's cards): it must hide exactly what the server hides.
    const follows = (await readGateFacts(user.id, "no-session", { savedLimit: 0 }))?.basics?.follows ?? [];
    const mutes = follows.filter((f) => f.muted);
    for (const [name, list] of Object.entries(lists)) {
      const byAuthor = await cardsByMutedAuthor(
        user.id,
        follows,
        list.map((a) => a.id),
      );
      const judged = judgeMutes(mutes, byAuthor, list);
      const server = view[name as keyof typeof view].hidden;
      expect([...judged.hidden].sort(), `${name} in the browser`).toEqual(
        (server?.items.map((a) => a.id) ?? []).sort(),
      );
      expect(describeHidden({ items: [...judged.hidden], because: judged.because }), name).toBe(
        describeHidden(server!),
      );
    }

    const forYou = await getForYou(user.id, 20);
    expect(forYou.items.map((i) => i.article.id)).toContain(kept.id);
    expect(forYou.items.filter((i) => muted.includes(i.article.id))).toEqual([]);
  });

  it("leaves a visitor's lists and a reader without mutes untouched, without a query", async () => {
    const a = await createArticle();
    const { user } = await createUser();
    for (const id of [null, user.id]) {
      const view = await hideMuted(id, { list: [{ id: a.id, publisherSlug: "x", topicSlug: "y" }] });
      expect(view.list).toEqual({ items: [{ id: a.id, publisherSlug: "x", topicSlug: "y" }], hidden: null });
    }
  });

  it("unmuting brings the story back", async () => {
    const title = await createPublisher();
    const a = await createArticle({ publisherId: title.id });
    const { user } = await createUser();
    await changeFollow(user.id, "publisher", title.slug, "mute");
    const card = { id: a.id, publisherSlug: title.slug, topicSlug: "t" };
    expect((await hideMuted(user.id, { l: [card] })).l.items).toEqual([]);
    await changeFollow(user.id, "publisher", title.slug, "unmute");
    expect((await hideMuted(user.id, { l: [card] })).l.items).toEqual([card]);
  });
});
