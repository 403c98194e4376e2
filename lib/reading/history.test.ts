import { describe, expect, it } from "vitest";
import { reads } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import {
  clearHistory,
  getContinueReading,
  getHistory,
  historyPaused,
  pauseHistory,
  recordOpened,
  recordPosition,
  removeFromHistory,
} from "./history";
import { recordBeacon, startView } from "./reading-time";

setUpTestDatabase();

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe("reading history", () => {
  it("lists what the reader opened, newest first, once per story", async () => {
    const { user } = await createUser();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createArticle()));
    await recordOpened(user.id, a!.id, minutesAgo(30));
    await recordOpened(user.id, b!.id, minutesAgo(20));
    await recordOpened(user.id, c!.id, minutesAgo(10));
    await recordOpened(user.id, a!.id, minutesAgo(5)); // opened again: back to the top, not twice
    expect((await getHistory(user.id)).map((s) => s.id)).toEqual([a!.id, c!.id, b!.id]);
    const { user: other } = await createUser();
    expect(await getHistory(other.id)).toEqual([]);
  });

  it("removes one story, and clears all without touching reading time or other readers", async () => {
    const { user } = await createUser();
    const { user: other } = await createUser();
    const [a, b] = await Promise.all([createArticle(), createArticle()]);
    for (const story of [a!, b!]) await recordOpened(user.id, story.id);
    await recordOpened(other.id, a!.id);
    const token = startView(user.id, a!, "member", Date.now() - 60_000);
    await recordBeacon({ token, seconds: 30 }, user.id);

    await removeFromHistory(user.id, a!.id);
    expect((await getHistory(user.id)).map((s) => s.id)).toEqual([b!.id]);
    expect(await clearHistory(user.id)).toBe(1);
    expect(await getHistory(user.id)).toEqual([]);
    expect((await getHistory(other.id)).map((s) => s.id)).toEqual([a!.id]);
    expect((await selectRowsWhere(reads, reads.userId, user.id)).map((r) => r.seconds)).toEqual([30]);
  });

  it("adds nothing and moves nothing while paused, and records again once resumed", async () => {
    const { user } = await createUser();
    const [before, during, after] = await Promise.all([1, 2, 3].map(() => createArticle()));
    await recordOpened(user.id, before!.id, minutesAgo(10));
    await pauseHistory(user.id, true);
    expect(await historyPaused(user.id)).toBe(true);
    await recordOpened(user.id, during!.id);
    await recordOpened(user.id, before!.id); // not moved to the top either
    await recordPosition(user.id, before!.id, 0.5);
    const paused = await getHistory(user.id);
    expect(paused.map((s) => [s.id, s.position])).toEqual([[before!.id, 0]]);
    expect(paused[0]?.lastReadAt.getTime()).toBeLessThan(minutesAgo(5).getTime());

    await pauseHistory(user.id, false);
    await recordOpened(user.id, after!.id);
    expect((await getHistory(user.id)).map((s) => s.id)).toEqual([after!.id, before!.id]);
  });

  it("offers long stories left part-way to continue, with where the reader stopped", async () => {
    const { user } = await createUser();
    const long = await createArticle({ readingMinutes: 8 });
    const finished = await createArticle({ readingMinutes: 8 });
    const short = await createArticle({ readingMinutes: 2 });
    for (const story of [long, finished, short]) await recordOpened(user.id, story.id);
    await recordPosition(user.id, long.id, 0.42);
    await recordPosition(user.id, finished.id, 0.97);
    await recordPosition(user.id, short.id, 0.5);
    await recordPosition(user.id, long.id, 7); // out of range: clamped, never stored as is
    expect((await getContinueReading(user.id)).map((s) => s.id)).toEqual([]);
    await recordPosition(user.id, long.id, 0.42);
    const rail = await getContinueReading(user.id);
    expect(rail.map((s) => [s.id, s.position])).toEqual([[long.id, expect.closeTo(0.42, 3)]]);
  });
});
