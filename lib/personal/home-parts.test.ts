import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runsOnOneConnection } from "@/lib/db/open";
import {
  articles,
  authors,
  publishers,
  readerFollows,
  readerProfiles,
  readingHistory,
} from "@/lib/db/schema";
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
import { getHomeParts } from "./home-parts";

// A member's home lists are kept under versions that the writing transaction bumps (drizzle/0018), on
// PostgreSQL; on PGlite the lists beneath are kept until any write (kept-until-write.ts). On both, the very next
// visit after any write to what they show must see it.

setUpTestDatabase();

/** Whether getHomeParts keeps its answers itself (PostgreSQL), rather than the lists beneath it (PGlite). */
const keptUnderVersions = async () => !runsOnOneConnection(await getDb());

async function followedStories(name: string) {
  const topic = await createTopic({ name: `${name} Topic` });
  const title = await createPublisher({ name: `The ${name} Post` });
  const writer = await createAuthor({ name: `${name} Byline`, publisherId: title.id });
  const stories = [
    await createArticle({
      topicId: topic!.id,
      publisherId: title.id,
      publishedAt: hoursAgo(1),
      authorIds: [writer.id],
    }),
    await createArticle({
      topicId: topic!.id,
      publisherId: title.id,
      publishedAt: hoursAgo(2),
      readingMinutes: 12,
    }),
  ];
  const { user } = await createUser();
  await insertRows(readerFollows, [{ userId: user.id, kind: "topic", targetId: topic!.id }]);
  return { topic, title, writer, stories, user };
}

const forYouIds = async (userId: string) =>
  (await getHomeParts(userId)).forYou.items.map((i) => i.article.id);
describe("a member's kept home parts", () => {
  it("are kept while nothing they show is written, on either database", async () => {
    const { user } = await followedStories("Steady");
    const [once, twice] = [await getHomeParts(user.id), await getHomeParts(user.id)];
    if (await keptUnderVersions()) expect(twice).toBe(once);
    else expect(twice).toEqual(once);
    expect(once.forYou.items.length).toBeGreaterThan(0);
  });

  it("are loaded afresh after a write to the reader's own follows, profile or history", async () => {
    const { stories, user, title } = await followedStories("Own");
    const first = await getHomeParts(user.id);
    expect(first.forYou.items.map((i) => i.article.id)).toContain(stories[0]!.id);

    // Read it: For You never shows a story already in the history, and Continue reading now has it.
    await insertRows(readingHistory, [{ userId: user.id, articleId: stories[1]!.id, position: 0.4 }]);
    const afterReading = await getHomeParts(user.id);
    expect(afterReading.forYou.items.map((i) => i.article.id)).not.toContain(stories[1]!.id);
    expect(afterReading.continueReading.map((c) => c.id)).toEqual([stories[1]!.id]);

    await updateRowsWhere(readingHistory, readingHistory.userId, user.id, { position: 0.95 });
    expect((await getHomeParts(user.id)).continueReading).toEqual([]);

    await insertRows(readerFollows, [
      { userId: user.id, kind: "publisher", targetId: title.id, muted: true },
    ]);
    expect(await forYouIds(user.id)).not.toContain(stories[0]!.id);

    const before = await getHomeParts(user.id);
    await insertRows(readerProfiles, [{ userId: user.id, topicsChosenAt: new Date() }]);
    expect(await getHomeParts(user.id)).not.toBe(before);
  });

  it("are loaded afresh after a correction, a takedown or a rename of what they show", async () => {
    const { stories, user, title, writer } = await followedStories("Shared");
    await getHomeParts(user.id);

    await updateRowsWhere(articles, articles.id, stories[0]!.id, { headline: "Corrected at once" });
    const corrected = (await getHomeParts(user.id)).forYou.items.find((i) => i.article.id === stories[0]!.id);
    expect(corrected?.article.headline).toBe("Corrected at once");

    await updateRowsWhere(publishers, publishers.id, title.id, { name: "The Renamed Post" });
    const renamed = (await getHomeParts(user.id)).forYou.items.find((i) => i.article.id === stories[0]!.id);
    expect(renamed?.article.publisherName).toBe("The Renamed Post");

    const beforeAuthor = await getHomeParts(user.id);
    await updateRowsWhere(authors, authors.id, writer.id, { name: "Renamed Byline" });
    expect(await getHomeParts(user.id)).not.toBe(beforeAuthor);

    await updateRowsWhere(articles, articles.id, stories[0]!.id, { status: "withdrawn" });
    expect(await forYouIds(user.id)).not.toContain(stories[0]!.id);
  });

  it("on PostgreSQL are kept when another reader writes and when a new story arrives (until the entry expires)", async () => {
    const { topic, title, user } = await followedStories("Mine");
    const other = (await followedStories("Theirs")).user;
    const kept = await getHomeParts(user.id);
    await insertRows(readerFollows, [{ userId: other.id, kind: "publisher", targetId: title.id }]);
    const fresh = await createArticle({ topicId: topic!.id, publisherId: title.id, publishedAt: new Date() });
    if (await keptUnderVersions()) {
      expect(await getHomeParts(user.id)).toBe(kept);
      expect(kept.forYou.items.map((i) => i.article.id)).not.toContain(fresh.id);
    } else {
      // PGlite forgets on any write, the new story included: it leads the reader's For You at once.
      expect(await forYouIds(user.id)).toContain(fresh.id);
    }
  });
});
