import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runsOnOneConnection } from "@/lib/db/open";
import { articles, publishers, readerFollows, readingHistory } from "@/lib/db/schema";
import { insertRows, updateRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import {
  createArticle,
  createAuthor,
  createPublisher,
  createTopic,
  hoursAgo,
} from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getContinueReading } from "@/lib/reading/history";
import { getReaderFollows } from "./follows";
import { getForYou } from "./for-you";
import { cardsByMutedAuthor } from "./mutes";

// A reader's ranked For You is kept in memory where the database runs in the process (PGlite) until a write to
// what it was ranked from commits (drizzle/0017's triggers). A list that outlived a write would show a story
// the reader just read, muted or saw taken down: every write must be seen by the very next list.

setUpTestDatabase();

const ids = async (userId: string) => (await getForYou(userId, 10)).items.map((item) => item.article.id);

describe("a reader's kept For You", () => {
  it("is kept on PGlite only, and forgotten on any write to what it was ranked from", async () => {
    const db = await getDb();
    const topic = await createTopic({ name: "Kept Science" });
    const title = await createPublisher({ name: "The Kept Courier" });
    const [first, second] = [
      await createArticle({ topicId: topic!.id, publisherId: title.id, publishedAt: hoursAgo(1) }),
      await createArticle({ topicId: topic!.id, publisherId: title.id, publishedAt: hoursAgo(2) }),
    ];
    const { user } = await createUser();
    await insertRows(readerFollows, [{ userId: user.id, kind: "topic", targetId: topic!.id }]);

    const [once, twice] = [await getForYou(user.id, 10), await getForYou(user.id, 10)];
    expect(once === twice).toBe(runsOnOneConnection(db));
    expect(once.items[0]?.article.id).toBe(first.id);

    // Plain row writes, past every function of ours: the triggers still tell the kept lists.
    await insertRows(readingHistory, [{ userId: user.id, articleId: first.id }]);
    expect(await ids(user.id)).not.toContain(first.id);

    await updateRowsWhere(articles, articles.id, second.id, { headline: "Corrected headline" });
    const corrected = (await getForYou(user.id, 10)).items.find((i) => i.article.id === second.id);
    expect(corrected?.article.headline).toBe("Corrected headline");

    await updateRowsWhere(articles, articles.id, second.id, { status: "withdrawn" });
    expect(await ids(user.id)).not.toContain(second.id);

    await updateRowsWhere(publishers, publishers.id, title.id, { name: "The Renamed Courier" });
    const third = await createArticle({
      topicId: topic!.id,
      publisherId: title.id,
      publishedAt: hoursAgo(1),
    });
    const renamed = (await getForYou(user.id, 10)).items.find((i) => i.article.id === third.id);
    expect(renamed?.article.publisherName).toBe("The Renamed Courier");

    await updateRowsWhere(readerFollows, readerFollows.userId, user.id, { muted: true });
    expect(await ids(user.id)).not.toContain(third.id);
  });

  it("Continue reading and a page's cards by muted authors: forgotten on a write to history or follows", async () => {
    const topic = await createTopic({ name: "Kept Long Reads" });
    const title = await createPublisher({ name: "The Kept Ledger" });
    const writer = await createAuthor({ name: "Kept Byline", publisherId: title.id });
    const long = await createArticle({
      topicId: topic!.id,
      publisherId: title.id,
      readingMinutes: 12,
      authorIds: [writer.id],
    });
    const { user } = await createUser();
    const follows = async () => {
      const { follows: on, mutes } = await getReaderFollows(user.id);
      return [...on.map((f) => ({ ...f, muted: false })), ...mutes.map((f) => ({ ...f, muted: true }))];
    };
    const continuing = async () => (await getContinueReading(user.id)).map((card) => card.id);
    const byMuted = async () => cardsByMutedAuthor(user.id, await follows(), [long.id]);

    expect(await continuing()).toEqual([]);
    await insertRows(readingHistory, [{ userId: user.id, articleId: long.id, position: 0.4 }]);
    expect(await continuing()).toEqual([long.id]);
    await updateRowsWhere(readingHistory, readingHistory.userId, user.id, { position: 0.95 });
    expect(await continuing()).toEqual([]);

    expect(await byMuted()).toEqual([]);
    await insertRows(readerFollows, [{ userId: user.id, kind: "author", targetId: writer.id, muted: true }]);
    expect(await byMuted()).toEqual([{ articleId: long.id, slug: writer.slug }]);
    await updateRowsWhere(readerFollows, readerFollows.userId, user.id, { muted: false });
    expect(await byMuted()).toEqual([]);
  });
});
