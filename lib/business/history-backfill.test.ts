import { afterAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createJobEngine } from "@/lib/jobs/engine";
import { jobDefinitions } from "@/lib/jobs/queues";
import { defineQueues, queueStartJobs, workQueue } from "@/lib/jobs/workers";
import { membershipHistory } from "@/lib/db/schema";
import { countRows, selectRowsWhere } from "@/lib/db/testing/rows";
import { createStoredMember } from "@/lib/testing/factories/billing";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { backfillMembershipHistory } from "./history-backfill";

// What runs the backfill: the `history-backfill` job, queued each time workers start. Two instances starting
// together queue it once, and every run after the first changes nothing.

setUpTestDatabase();
const engines: PgBoss[] = [];
afterAll(async () => {
  for (const boss of engines) await boss.stop({ graceful: true, close: false, timeout: 5000 });
});

const backfillJob = jobDefinitions.find((d) => d.name === "history-backfill");

describe("history backfill at start-up", () => {
  it("is queued once when two instances start, and its run backfills each membership once", async () => {
    expect(backfillJob?.atStart).toBe(true);
    await createStoredMember("cus_start_1", "sub_start_1", { plan: "monthly", status: "active" });
    await createStoredMember("cus_start_2", "sub_start_2", { plan: "annual", status: "trialing" });
    const [a, b] = [await createJobEngine({ schedule: false }), await createJobEngine({ schedule: false })];
    engines.push(a, b);
    await defineQueues(a, [backfillJob!]);
    await queueStartJobs(a, [backfillJob!]);
    await queueStartJobs(b, [backfillJob!]);
    expect(await a.getQueueSize("history-backfill")).toBe(1);

    await workQueue(a, backfillJob!, 0.5);
    for (let i = 0; i < 100 && (await countRows(membershipHistory)) < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await countRows(membershipHistory)).toBe(2);
    const [row] = await selectRowsWhere(
      membershipHistory,
      membershipHistory.stripeSubscriptionId,
      "sub_start_2",
    );
    expect(row).toMatchObject({ state: "trialing", source: "backfill" });

    expect(await backfillMembershipHistory()).toBe(0);
    expect(await backfillJob!.run({})).toBe(0);
    expect(await countRows(membershipHistory)).toBe(2);
  }, 60_000);
});
