import { afterAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { getSharedCache } from "@/lib/cache/cache-handler.js";
import { contentTags } from "@/lib/content/purge";
import { editorsPicks } from "@/lib/db/schema";
import { updateRowsWhere } from "@/lib/db/testing/rows";
import { createArticle, createPick } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createJobEngine } from "./engine";
import { jobDefinitions } from "./queues";
import { PICKS_PURGE, schedulePicksPurges } from "./scheduled-picks";
import { defineQueues, workQueue } from "./workers";

// Scheduled picks appear and expire on time with nobody saving: a picks-purge job waits for each start and end
// and purges the picks' caches then. Two engines on one database stand for two instances.

setUpTestDatabase();
const engines: PgBoss[] = [];
afterAll(async () => {
  for (const boss of engines) await boss.stop({ graceful: true, close: false, timeout: 5000 });
});

const purgeDefinition = jobDefinitions.find((d) => d.name === PICKS_PURGE);

describe("scheduled picks on the job engine", () => {
  it("purges the picks' caches at each start and end, queued once however often it is scheduled", async () => {
    if (!purgeDefinition) throw new Error("picks-purge is not defined");
    const [a, b] = [await createJobEngine({ schedule: false }), await createJobEngine({ schedule: false })];
    engines.push(a, b);
    await defineQueues(a, [purgeDefinition]);

    const startsAt = new Date(Date.now() + 2_000);
    const endsAt = new Date(Date.now() + 4_000);
    const pick = await createPick((await createArticle()).id, 0);
    await updateRowsWhere(editorsPicks, editorsPicks.id, pick.id, { startsAt, endsAt });
    const past = await createPick((await createArticle()).id, 1);
    await updateRowsWhere(editorsPicks, editorsPicks.id, past.id, {
      endsAt: new Date(Date.now() - 3_600_000),
    });

    // Two instances' minute runs (and a save) all queue the same two moments: each is queued once.
    expect(await schedulePicksPurges(a)).toBe(2);
    expect(await schedulePicksPurges(b)).toBe(0);
    expect(await schedulePicksPurges(a)).toBe(0);

    const purges: number[] = [];
    const stop = getSharedCache().tags.onPurge((tags: string[]) => {
      if (tags.includes(contentTags.picks)) purges.push(Date.now());
    });
    try {
      await workQueue(a, purgeDefinition, 0.5);
      for (const end = Date.now() + 20_000; purges.length < 2 && Date.now() < end;)
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      stop();
    }
    expect(purges).toHaveLength(2);
    expect(purges[0]).toBeGreaterThanOrEqual(startsAt.getTime());
    expect(purges[1]).toBeGreaterThanOrEqual(endsAt.getTime());
  }, 60_000);
});
