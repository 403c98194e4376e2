import { describe, expect, it } from "vitest";
import { eraseUser } from "@/lib/auth/accounts";
import {
  briefingSends,
  briefingSubscriptions,
  readClocks,
  readerFollows,
  readerProfiles,
  readingHistory,
  readingSettings,
  reads,
  readViews,
  savedArticles,
} from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { changeFollow, chooseTopics } from "@/lib/personal";
import { sendDueBriefings } from "@/lib/personal/briefing-job";
import { saveBriefingSetting } from "@/lib/personal/briefing-settings";
import { pauseHistory, recordOpened, recordPosition } from "@/lib/reading/history";
import { recordBeacon, startView } from "@/lib/reading/reading-time";
import { setSaved } from "@/lib/reading/saved";
import { createUser, grantMembership } from "@/lib/testing/factories/accounts";
import { createArticle, createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { exportMyData } from "./my-data";

setUpTestDatabase();

/** A reader who has used every personal feature once. */
async function busyReader() {
  const { user } = await createUser({ name: "Rowan Reader" });
  await grantMembership(user.id, { status: "active", plan: "annual" });
  const title = await createPublisher();
  const muted = await createTopic();
  const story = await createArticle({ publisherId: title.id, readingMinutes: 6 });
  await changeFollow(user.id, "publisher", title.slug, "follow");
  await changeFollow(user.id, "topic", muted.slug, "mute");
  await chooseTopics(user.id, []);
  await setSaved(user.id, story.id, true);
  await recordOpened(user.id, story.id);
  await recordPosition(user.id, story.id, 0.25);
  await recordBeacon(
    { token: startView(user.id, story, "member", Date.now() - 90_000), seconds: 80 },
    user.id,
  );
  await pauseHistory(user.id, true);
  await saveBriefingSetting(user.id, { enabled: true, sendHour: 0, timeZone: "Asia/Tokyo" });
  await sendDueBriefings(); // due at once (hour 0): its day is recorded, with or without stories
  return { user, title, muted, story };
}

describe("export my data", () => {
  it("holds the profile, membership, follows, mutes, saved stories, history and reading time", async () => {
    const { user, title, muted, story } = await busyReader();
    const data = JSON.parse(JSON.stringify(await exportMyData(user))) as Record<string, unknown>;
    expect(data.profile).toMatchObject({ id: user.id, email: user.email, name: "Rowan Reader" });
    expect(JSON.stringify(data)).not.toContain("argon2"); // no password hash
    expect(data.membership).toMatchObject({ plan: "annual", status: "active" });
    expect(data.follows).toEqual([expect.objectContaining({ kind: "publisher", slug: title.slug })]);
    expect(data.mutes).toEqual([expect.objectContaining({ kind: "topic", slug: muted.slug })]);
    expect(data.personalisation).toMatchObject({ offerTopics: false });
    expect(data.briefing).toMatchObject({
      setting: { enabled: true, sendHour: 0, timeZone: "Asia/Tokyo" },
      sent: [expect.objectContaining({ localDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })],
    });
    expect(data.saved).toEqual([expect.objectContaining({ articleId: story.id, slug: story.slug })]);
    expect(data.history).toEqual({
      paused: true,
      stories: [expect.objectContaining({ articleId: story.id, position: 0.25 })],
    });
    expect(data.reads).toEqual([
      expect.objectContaining({
        articleId: story.id,
        publisherId: title.id,
        seconds: 80,
        audience: "member",
      }),
    ]);
  });

  it("is empty but well-formed for a new reader, and never holds another reader's data", async () => {
    await busyReader();
    const { user } = await createUser();
    const data = await exportMyData(user);
    expect(data).toMatchObject({ membership: null, follows: [], mutes: [], saved: [], reads: [] });
    expect(data.history).toEqual({ paused: false, stories: [] });
    expect(data.briefing).toEqual({ setting: { enabled: false }, sent: [] });
  });
});

describe("deleting the account", () => {
  it("deletes everything personal; reading time stays for the titles, without the person", async () => {
    const { user, story } = await busyReader();
    const { user: other } = await busyReader();
    const personalTables = [
      [savedArticles, savedArticles.userId],
      [readingHistory, readingHistory.userId],
      [readingSettings, readingSettings.userId],
      [readViews, readViews.userId],
      [readClocks, readClocks.userId],
      [readerFollows, readerFollows.userId],
      [readerProfiles, readerProfiles.userId],
      [reads, reads.userId],
      [briefingSubscriptions, briefingSubscriptions.userId],
      [briefingSends, briefingSends.userId],
    ] as const;
    for (const [table, column] of personalTables)
      expect((await selectRowsWhere(table, column, user.id)).length).toBeGreaterThan(0);

    await eraseUser(user);

    for (const [table, column] of personalTables)
      expect(await selectRowsWhere(table, column, user.id)).toEqual([]);
    const ledger = await selectRowsWhere(reads, reads.articleId, story.id);
    expect(ledger.map((r) => [r.userId, r.seconds])).toEqual([[null, 80]]);
    // The other reader keeps everything.
    for (const [table, column] of personalTables)
      expect((await selectRowsWhere(table, column, other.id)).length).toBeGreaterThan(0);
  });
});
