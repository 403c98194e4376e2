import { describe, expect, it } from "vitest";
import { listArticleAuthorMatches } from "@/lib/db/queries/reader-follows";
import { createUser } from "@/lib/testing/factories/accounts";
import {
  createArticle,
  createAuthor,
  createPublisher,
  createTopic,
  hoursAgo,
} from "@/lib/testing/factories/content";
import { createReadRow } from "@/lib/testing/factories/business";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import {
  changeFollow,
  chooseTopics,
  getReaderFollows,
  getReaderProfile,
  resetPersonalisation,
} from "./follows";
import { explainReason, getForYou, type ForYouItem } from "./for-you";

setUpTestDatabase();

async function world() {
  const [science, sport, arts, history] = await Promise.all([
    createTopic({ name: "Science" }),
    createTopic({ name: "Sport" }),
    createTopic({ name: "Arts" }),
    createTopic({ name: "History" }),
  ]);
  const [courier, ledger, gazette, paused] = await Promise.all([
    createPublisher({ name: "The Courier" }),
    createPublisher({ name: "The Ledger" }),
    createPublisher({ name: "The Gazette" }),
    createPublisher({ name: "The Paused Post", active: false }),
  ]);
  const writer = await createAuthor({ name: "Ada Byline", publisherId: gazette.id });
  const at = (hours: number) => ({ publishedAt: hoursAgo(hours) });
  const stories = {
    science: await createArticle({ topicId: science.id, publisherId: courier.id, ...at(2) }),
    ledgerArts: await createArticle({ topicId: arts.id, publisherId: ledger.id, ...at(3) }),
    byWriter: await createArticle({
      topicId: arts.id,
      publisherId: gazette.id,
      authorIds: [writer.id],
      ...at(4),
    }),
    ledgerSport: await createArticle({ topicId: sport.id, publisherId: ledger.id, ...at(1) }),
    alreadyRead: await createArticle({ topicId: science.id, publisherId: courier.id, ...at(1) }),
    pausedScience: await createArticle({ topicId: science.id, publisherId: paused.id, ...at(1) }),
    oldHistory: await createArticle({ topicId: history.id, publisherId: gazette.id, ...at(100) }),
    olderHistory: await createArticle({ topicId: history.id, publisherId: gazette.id, ...at(120) }),
    newHistory: await createArticle({ topicId: history.id, publisherId: gazette.id, ...at(5) }),
    popularArts: await createArticle({
      topicId: arts.id,
      publisherId: courier.id,
      popularity: 9000,
      ...at(6),
    }),
  };
  const { user } = await createUser();
  await changeFollow(user.id, "topic", science.slug, "follow");
  await changeFollow(user.id, "publisher", ledger.slug, "follow");
  await changeFollow(user.id, "author", writer.slug, "follow");
  await changeFollow(user.id, "topic", sport.slug, "mute");
  const read = (article: { id: number; publisherId: number }, hours: number) =>
    createReadRow({ userId: user.id, article, seconds: 120, readAt: hoursAgo(hours) });
  await read(stories.alreadyRead, 1);
  await read(stories.oldHistory, 2);
  await read(stories.olderHistory, 3);
  return { user, stories, science, sport, arts, history, ledger, writer };
}

/** Checks a reason against the article itself: the followed thing really is its topic, title or author. */
async function reasonHolds(item: ForYouItem, readTopics: string[]): Promise<boolean> {
  const { reason, article } = item;
  if (reason.kind === "popular") return true;
  if (reason.kind === "history") return readTopics.includes(article.topicSlug);
  if (reason.target.kind === "topic") return article.topicSlug === reason.target.slug;
  if (reason.target.kind === "publisher") return article.publisherSlug === reason.target.slug;
  return (await listArticleAuthorMatches([article.id], [reason.target.id])).length === 1;
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
    expect(why(w.stories.byWriter.id)).toBe("Because you follow Ada Byline");
    expect(why(w.stories.newHistory.id)).toBe("Because you often read History");
    expect(why(w.stories.popularArts.id)).toBe("Widely read right now");
    // Followed title, but a muted topic: the mute wins.
    expect(byId.has(w.stories.ledgerSport.id)).toBe(false);
    expect(byId.has(w.stories.alreadyRead.id)).toBe(false);
    expect(byId.has(w.stories.oldHistory.id)).toBe(false);
    expect(byId.has(w.stories.pausedScience.id)).toBe(false);

    for (const item of items) expect(await reasonHolds(item, [w.history.slug])).toBe(true);
    // A follow outranks "widely read" and the reader's habits.
    const rank = (id: number) => items.findIndex((item) => item.article.id === id);
    expect(rank(w.stories.byWriter.id)).toBeLessThan(rank(w.stories.popularArts.id));
    expect(rank(w.stories.science.id)).toBeLessThan(rank(w.stories.newHistory.id));
    expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
  });

  it("resets: follows and learned habits go, mutes stay, the topic choice is offered again", async () => {
    const w = await world();
    await chooseTopics(w.user.id, []);
    expect((await getReaderProfile(w.user.id)).offerTopics).toBe(false);

    await resetPersonalisation(w.user.id);

    const after = await getForYou(w.user.id, 20);
    expect(after.offerTopics).toBe(true);
    expect(after.follows.follows).toEqual([]);
    expect(after.follows.mutes.map((m) => m.slug)).toEqual([w.sport.slug]);
    expect(after.items.every((item) => item.reason.kind === "popular")).toBe(true);
    expect(after.items.some((item) => item.article.id === w.stories.ledgerSport.id)).toBe(false);
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
