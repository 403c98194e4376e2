import { describe, expect, it } from "vitest";
import { articleAuthors } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import {
  createArticle,
  createAuthor,
  createPublisher,
  createTopic,
  hoursAgo,
} from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getHistory, recordOpened } from "@/lib/reading/history";
import {
  changeFollow,
  chooseTopics,
  getReaderFollows,
  getReaderProfile,
  resetPersonalisation,
} from "./follows";
import type { ArticleCard } from "@/lib/db/queries/article-fields";
import type { ForYouCandidate } from "@/lib/db/queries/for-you";
import { explainReason, getForYou, rankForYou, withCards, type ForYouItem } from "./for-you";

setUpTestDatabase();

async function world() {
  const [science, sport, arts, history, weather, travel] = await Promise.all(
    ["Science", "Sport", "Arts", "History", "Weather", "Travel"].map((name) => createTopic({ name })),
  );
  const [courier, ledger, gazette, almanac, paused] = await Promise.all([
    createPublisher({ name: "The Courier" }),
    createPublisher({ name: "The Ledger" }),
    createPublisher({ name: "The Gazette" }),
    createPublisher({ name: "The Almanac" }),
    createPublisher({ name: "The Paused Post", active: false }),
  ]);
  if (!science || !sport || !arts || !history || !weather || !travel) throw new Error("topics");
  const writer = await createAuthor({ name: "Ada Byline", publisherId: gazette.id });
  const story = (topicId: number, publisherId: number, hours: number, more = {}) =>
    createArticle({ topicId, publisherId, publishedAt: hoursAgo(hours), ...more });
  const stories = {
    science: await story(science.id, courier.id, 2),
    ledgerArts: await story(arts.id, ledger.id, 3),
    byWriter: await story(arts.id, gazette.id, 4, { authorIds: [writer.id] }),
    ledgerSport: await story(sport.id, ledger.id, 1),
    alreadyRead: await story(science.id, courier.id, 1),
    pausedScience: await story(science.id, paused.id, 1),
    oldHistory: await story(history.id, gazette.id, 100),
    olderHistory: await story(history.id, gazette.id, 120),
    newHistory: await story(history.id, gazette.id, 5),
    almanacArts: await story(arts.id, almanac.id, 50),
    almanacScience: await story(science.id, almanac.id, 60),
    almanacWeather: await story(weather.id, almanac.id, 70),
    almanacTravel: await story(travel.id, almanac.id, 8),
    almanacTravelToo: await story(travel.id, almanac.id, 9),
    popularArts: await story(arts.id, courier.id, 6, { popularity: 9000 }),
  };
  const { user } = await createUser();
  await changeFollow(user.id, "topic", science.slug, "follow");
  await changeFollow(user.id, "publisher", ledger.slug, "follow");
  await changeFollow(user.id, "author", writer.slug, "follow");
  await changeFollow(user.id, "topic", sport.slug, "mute");
  // The reader's history: History twice and The Almanac three times are habits; each other topic or title once.
  const opened = [
    stories.alreadyRead,
    stories.oldHistory,
    stories.olderHistory,
    stories.almanacArts,
    stories.almanacScience,
    stories.almanacWeather,
  ];
  for (const [i, article] of opened.entries()) await recordOpened(user.id, article.id, hoursAgo(i + 1));
  return { user, stories, science, sport, history, ledger, gazette, almanac, writer };
}

/** Checks a reason against the article itself: the followed or often read thing really is its topic, title or author. */
async function reasonHolds(item: ForYouItem, habits: string[]): Promise<boolean> {
  const { reason, article } = item;
  if (reason.kind === "popular") return true;
  const slug = reason.target.kind === "topic" ? article.topicSlug : article.publisherSlug;
  if (reason.kind === "history") return habits.includes(reason.target.slug) && slug === reason.target.slug;
  if (reason.target.kind === "author") {
    const byline = await selectRowsWhere(articleAuthors, articleAuthors.articleId, article.id);
    return byline.filter((row) => row.authorId === reason.target.id).length === 1;
  }
  return slug === reason.target.slug;
}

describe("For You", () => {
  it("ranks follows first, explains each item truthfully, and leaves out the read, the muted and the paused", async () => {
    const w = await world();
    const { items } = await getForYou(w.user.id, 20);
    const byId = new Map(items.map((item) => [item.article.id, item]));
    const why = (id: number) => {
      const item = byId.get(id);
      return item ? explainReason(item.reason) : undefined;
    };

    expect(why(w.stories.science.id)).toBe("Because you follow Science");
    expect(why(w.stories.ledgerArts.id)).toBe(`Because you follow ${w.ledger.name}`);
    // Also by a title read twice: the follow weighs more, so it is the reason given.
    expect(why(w.stories.byWriter.id)).toBe("Because you follow Ada Byline");
    expect(why(w.stories.newHistory.id)).toBe("Because you often read History");
    expect(why(w.stories.almanacTravel.id)).toBe("Because you often read The Almanac");
    expect(why(w.stories.popularArts.id)).toBe("Widely read right now");
    // Followed title, but a muted topic: the mute wins.
    expect(byId.has(w.stories.ledgerSport.id)).toBe(false);
    // In the reader's history: never again, whatever brought it.
    for (const read of [w.stories.alreadyRead, w.stories.oldHistory, w.stories.almanacArts])
      expect(byId.has(read.id)).toBe(false);
    expect(byId.has(w.stories.pausedScience.id)).toBe(false);

    for (const item of items)
      expect(await reasonHolds(item, [w.history.slug, w.almanac.slug, w.gazette.slug])).toBe(true);
    // A follow outranks "widely read" and the reader's habits; a strong habit outranks a weak one.
    const rank = (id: number) => items.findIndex((item) => item.article.id === id);
    expect(rank(w.stories.byWriter.id)).toBeLessThan(rank(w.stories.popularArts.id));
    expect(rank(w.stories.science.id)).toBeLessThan(rank(w.stories.newHistory.id));
    expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
  });

  it("resets: follows and learned habits go, history stays and read stories stay out, mutes stay", async () => {
    const w = await world();
    await chooseTopics(w.user.id, []);
    expect((await getReaderProfile(w.user.id)).offerTopics).toBe(false);

    await resetPersonalisation(w.user.id);

    const after = await getForYou(w.user.id, 20);
    expect(after.offerTopics).toBe(true);
    expect(after.follows.follows).toEqual([]);
    expect(after.follows.mutes.map((m) => m.slug)).toEqual([w.sport.slug]);
    expect(after.items.length).toBeGreaterThan(0);
    expect(after.items.every((item) => item.reason.kind === "popular")).toBe(true);
    expect(after.items.some((item) => item.article.id === w.stories.ledgerSport.id)).toBe(false);
    expect(after.items.some((item) => item.article.id === w.stories.alreadyRead.id)).toBe(false);
    expect(await getHistory(w.user.id)).toHaveLength(6);

    // Reading after the reset (opening a story again counts) teaches For You again, from that reading only.
    for (const [i, article] of [w.stories.almanacTravel, w.stories.almanacArts].entries())
      await recordOpened(w.user.id, article.id, new Date(Date.now() + (i + 1) * 1000));
    const relearned = await getForYou(w.user.id, 20);
    const learned = relearned.items.filter((item) => item.reason.kind === "history");
    expect(learned.map((item) => [item.article.id, explainReason(item.reason)])).toEqual([
      [w.stories.almanacTravelToo.id, "Because you often read The Almanac"],
    ]);
  });

  it("starts cold from a topic choice", async () => {
    const topic = await createTopic({ name: "Astronomy" });
    const story = await createArticle({ topicId: topic.id, publishedAt: hoursAgo(30) });
    const { user } = await createUser();
    expect((await getForYou(user.id, 10)).offerTopics).toBe(true);

    await chooseTopics(user.id, [topic.id, topic.id]);

    const mine = await getForYou(user.id, 10);
    expect(mine.offerTopics).toBe(false);
    expect((await getReaderFollows(user.id)).follows.map((f) => f.name)).toEqual(["Astronomy"]);
    const item = mine.items.find((i) => i.article.id === story.id);
    expect(item && explainReason(item.reason)).toBe("Because you follow Astronomy");
  });
});

describe("For You in one statement", () => {
  it("reads the follows and the topic choice as the separate reads give them", async () => {
    const w = await world();
    const [c, a, b] = await Promise.all(
      ["Cycling", "Astronomy", "Botany"].map((name) => createTopic({ name })),
    );
    if (!a || !b || !c) throw new Error("topics");
    // One insert: three follows made at the same instant come back by kind, then id.
    await chooseTopics(w.user.id, [c.id, a.id, b.id]);

    const mine = await getForYou(w.user.id, 20);

    const follows = await getReaderFollows(w.user.id);
    expect(mine.follows).toEqual(follows);
    expect(follows.follows.map((f) => f.name)).toEqual([
      "Science",
      w.ledger.name,
      "Ada Byline",
      ...[a, b, c].sort((x, y) => x.id - y.id).map((t) => t.name),
    ]);
    expect(follows.mutes.map((m) => m.name)).toEqual(["Sport"]);
    expect(mine.offerTopics).toBe(false);
    expect(mine.items.length).toBeGreaterThan(5);
  });
});

describe("rankForYou", () => {
  const candidate = (id: number, extra: Partial<ForYouCandidate>): ForYouCandidate => ({
    id,
    publishedAt: hoursAgo(1),
    popularity: 0,
    publisherId: 100 + id,
    topicId: 7,
    via: [],
    ...extra,
  });
  const cardOf = ({ id, publishedAt }: ForYouCandidate): ArticleCard => ({
    id,
    slug: `s-${id}`,
    headline: `Story ${id}`,
    standfirst: "",
    heroImageUrl: null,
    heroImageAlt: "",
    heroImageWidth: null,
    heroImageHeight: null,
    readingMinutes: 3,
    publishedAt,
    publisherSlug: `title-${id}`,
    publisherName: `Title ${id}`,
    publisherLogoUrl: null,
    topicSlug: "science",
    topicName: "Science",
  });
  const science = { kind: "topic" as const, id: 7, slug: "science", name: "Science", since: "" };
  const follows = { follows: [science], mutes: [] };
  const habit = (kind: "topic" | "publisher", reads: number) => ({
    source: "history" as const,
    kind,
    targetId: 1,
    reads,
  });
  const popular = { source: "popular" as const, kind: null, targetId: null, reads: null };

  it("gives as reason the signal that added most to the score, and ranks by the sum", () => {
    const candidates = [
      // A follow (2) beats a title read in 10 of the last reads (1.5).
      candidate(1, {
        via: [habit("publisher", 10), { source: "topic", kind: "topic", targetId: 7, reads: null }],
      }),
      // A title read often (1.5) beats "widely read" (1, the most popular candidate).
      candidate(2, { popularity: 100, via: [popular, habit("publisher", 12)] }),
      // A title read twice (0.3) does not beat a story nearly as popular as the most popular (0.9).
      candidate(3, { popularity: 90, via: [popular, habit("publisher", 2)] }),
      // Nothing but a weak habit: that is the reason.
      candidate(4, { via: [habit("topic", 3)] }),
    ];
    const ranked = rankForYou(candidates, follows, new Date(), 10);
    const items = withCards(ranked, candidates.map(cardOf));
    const why = new Map(items.map((item) => [item.article.id, explainReason(item.reason)]));
    expect(Object.fromEntries(why)).toEqual({
      1: "Because you follow Science",
      2: "Because you often read Title 2",
      3: "Widely read right now",
      4: "Because you often read Science",
    });
    expect(items.map((item) => item.article.id)).toEqual([1, 2, 3, 4]);
  });

  it("lets no title fill the list, and leaves out a story whose card is gone", () => {
    // Six stories of one title, newest first, and one older story of another: the seventh comes fourth.
    const busy = [1, 2, 3, 4, 5, 6].map((id) => candidate(id, { publisherId: 1, publishedAt: hoursAgo(id) }));
    const other = candidate(7, { publisherId: 2, publishedAt: hoursAgo(30) });
    const ranked = rankForYou([...busy, other], follows, new Date(), 5);
    expect(ranked.map((item) => item.candidate.id)).toEqual([1, 2, 3, 7, 4]);
    const cards = [...busy, other].filter((c) => c.id !== 2).map(cardOf);
    expect(withCards(ranked, cards).map((item) => item.article.id)).toEqual([1, 3, 7, 4]);
  });
});
