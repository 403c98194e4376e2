import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelAtPeriodEnd } from "@/lib/billing/manage";
import { syncSubscription } from "@/lib/billing/sync";
import { membershipHistory } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { createStoredMember } from "@/lib/testing/factories/billing";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { backfillMembershipHistory } from "./history-backfill";
import {
  advanceTo,
  startBillingWorld,
  startTrialAt,
  type BillingWorld,
} from "@/lib/billing/testing/members-on-clocks";

// Membership history is written by the Stripe sync itself, in its transaction: each observed change once,
// at the subscription's own (test clock) time, with the price per month it adds to MRR.

setUpTestDatabase();
let world: BillingWorld;
const T0 = new Date("2026-03-02T00:00:00Z");
const at = (days: number, hours = 0) => new Date(T0.getTime() + (days * 24 + hours) * 3_600_000);

beforeAll(async () => {
  world = await startBillingWorld();
});
afterAll(async () => {
  await world?.close();
});

const historyOf = async (subscriptionId: string) =>
  (await selectRowsWhere(membershipHistory, membershipHistory.stripeSubscriptionId, subscriptionId)).sort(
    (a, b) => a.id - b.id,
  );

describe("membership history", () => {
  it("records each change once, at the clock's time, and a repeated sync adds nothing", async () => {
    const member = await startTrialAt(world, "history", T0, { card: "pm_card_visa" });
    await advanceTo(world, member, at(14, 2));
    expect(await cancelAtPeriodEnd(member.userId)).toEqual({ ok: true });
    await syncSubscription({ subscriptionId: member.subscriptionId, customerId: member.customerId });
    const rows = await historyOf(member.subscriptionId);
    expect(
      rows.map((r) => [r.state, r.status, r.occurredAt.toISOString(), r.mrrMinor, r.prevState, r.source]),
    ).toEqual([
      ["trialing", "trialing", T0.toISOString(), 0, null, "sync"],
      ["active", "active", at(14, 2).toISOString(), 999, "trialing", "sync"],
      ["canceling", "active", at(14, 2).toISOString(), 0, "active", "sync"],
    ]);
    expect(rows.map((r) => r.validUntil?.toISOString() ?? null)).toEqual([
      at(14, 2).toISOString(),
      at(14, 2).toISOString(),
      null,
    ]);
    expect(rows[2]).toMatchObject({
      cancelAtPeriodEnd: true,
      amountMinor: 999,
      interval: "month",
      currency: "gbp",
    });
  }, 60_000);

  it("backfills memberships stored before the history existed, once", async () => {
    const created = new Date("2025-06-01T00:00:00Z");
    const { membership: annual } = await createStoredMember("cus_bf_1", "sub_bf_1", {
      plan: "annual",
      status: "active",
      createdAt: created,
    });
    await createStoredMember("cus_bf_2", "sub_bf_2", {
      plan: "monthly",
      status: "canceled",
      createdAt: created,
      trialEnd: new Date("2025-06-15T00:00:00Z"),
      canceledAt: new Date("2025-06-10T00:00:00Z"),
    });
    expect(await backfillMembershipHistory()).toBeGreaterThanOrEqual(2);
    expect(await backfillMembershipHistory()).toBe(0);
    const [row] = await historyOf(annual.stripeSubscriptionId);
    expect(row).toMatchObject({
      state: "active",
      mrrMinor: 9999 / 12,
      occurredAt: created,
      source: "backfill",
    });
    expect((await historyOf("sub_bf_2")).map((r) => [r.state, r.occurredAt.toISOString()])).toEqual([
      ["trialing", created.toISOString()],
      ["ended", "2025-06-10T00:00:00.000Z"],
    ]);
  });
});
