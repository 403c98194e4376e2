import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStripe } from "@/lib/billing/stripe-client";
import {
  advanceTo,
  startBillingWorld,
  startTrialAt,
  WEBHOOK_SECRET,
  type BillingWorld,
  type ClockMember,
} from "@/lib/billing/testing/members-on-clocks";
import { handleStripeWebhook } from "@/lib/billing/webhook";
import { membershipPayments, membershipRefunds, stripeEvents, type User } from "@/lib/db/schema";
import { selectRowsWhere, updateRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import { signStripePayload } from "@/lib/testing/factories/billing";
import { createReadRow } from "@/lib/testing/factories/business";
import { createArticle, createPublisher } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { monthFromKey } from "./payout-month";
import { closePayoutMonth, getPayoutStatement } from "./payouts";
import { reconcileWithStripe } from "./reconciliation";

// Refunds through the Stripe emulator (real SDK, real webhook handler) into net revenue, the payouts' pool:
// net = paid − tax − refunded, a refund counted in the month it was made, once however often its events
// arrive, and a refund dated in a month already closed carried to the next open month (the closed one frozen).
//   A and B: monthly trials from Monday 2 March 2026 with a card; each pays 999 on 16 March, A again on 16 April.
//   A's March payment is refunded 300 on 20 April; B's in full, dated 16 March, after March and April closed.

setUpTestDatabase();
let world: BillingWorld;
let a: ClockMember;
let b: ClockMember;
let admin: User;
const at = (iso: string) => new Date(`${iso}Z`);
const NOW = at("2026-06-15T12:00:00");
const [march, april, may] = ["2026-03", "2026-04", "2026-05"].map(monthFromKey) as [
  ReturnType<typeof monthFromKey>,
  ReturnType<typeof monthFromKey>,
  ReturnType<typeof monthFromKey>,
];

/** The charge id of the member's invoice paid in `month` (YYYY-MM), found as the app finds it: by payment intent. */
async function chargeOf(member: ClockMember, month: string): Promise<string> {
  const stripe = getStripe();
  const [payment] = await selectRowsWhere(
    membershipPayments,
    membershipPayments.stripeSubscriptionId,
    member.subscriptionId,
  ).then((rows) => rows.filter((r) => r.paidAt.toISOString().startsWith(month)));
  const invoice = await stripe.invoices.retrieve(payment?.stripeInvoiceId ?? "", { expand: ["payments"] });
  const intent = String(invoice.payments?.data[0]?.payment.payment_intent);
  const [charge] = (await stripe.charges.list({ payment_intent: intent })).data;
  if (!charge) throw new Error(`no charge for ${member.subscriptionId} in ${month}`);
  return charge.id;
}

const netOf = async (month: ReturnType<typeof monthFromKey>) => {
  const s = await getPayoutStatement(month, NOW);
  return { net: s.netRevenueMinor, late: s.lateRevenueMinor, pool: s.poolMinor, closed: s.closed !== null };
};

beforeAll(async () => {
  world = await startBillingWorld();
  admin = (await createUser({ role: "admin" })).user;
  const article = await createArticle({ publisherId: (await createPublisher({ slug: "ledger" })).id });
  await createReadRow({ article, readAt: at("2026-03-20T10:00:00"), seconds: 600 });
  await createReadRow({ article, readAt: at("2026-04-20T10:00:00"), seconds: 600 });
  a = await startTrialAt(world, "refund-a", at("2026-03-02T00:00:00"), { card: "pm_card_visa" });
  b = await startTrialAt(world, "refund-b", at("2026-03-02T00:00:00"), { card: "pm_card_visa" });
  await advanceTo(world, a, at("2026-03-16T02:00:00"));
  await advanceTo(world, b, at("2026-03-16T02:00:00"));
  await advanceTo(world, a, at("2026-04-20T00:00:00"));
}, 120_000);
afterAll(async () => {
  await world?.close();
});

describe("refunds in net revenue", () => {
  it("counts a refund in the month it was made, once though each event arrives twice", async () => {
    expect(await netOf(march)).toEqual({ net: 1_998, late: 0, pool: 999, closed: false });
    expect(await netOf(april)).toEqual({ net: 999, late: 0, pool: 499, closed: false });
    // Stripe delivers at least once: every event of the refund is delivered twice.
    await fetch(`${world.url}/_emulator/config`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ duplicateDeliveries: true }),
    });
    const charge = await chargeOf(a, "2026-03");
    const refund = await getStripe().refunds.create({ charge, amount: 300 });
    await world.settle();
    const log = (await (await fetch(`${world.url}/_emulator/deliveries`)).json()) as {
      data: { event_type: string; response_status: number | null }[];
    };
    const refundDeliveries = log.data.filter((d) =>
      ["refund.created", "charge.refunded"].includes(d.event_type),
    );
    expect(refundDeliveries.map((d) => d.response_status)).toEqual([200, 200, 200, 200]);
    const rows = await selectRowsWhere(membershipRefunds, membershipRefunds.stripeChargeId, charge);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      stripeRefundId: refund.id,
      stripeSubscriptionId: a.subscriptionId,
      userId: a.userId,
      currency: "gbp",
      amountMinor: 300,
      status: "succeeded",
      refundedAt: at("2026-04-20T00:00:00"), // A's clock when the refund was made
    });
    // March keeps its payment; April, when the refund was made, loses it: 999 − 300.
    expect(await netOf(march)).toEqual({ net: 1_998, late: 0, pool: 999, closed: false });
    expect(await netOf(april)).toEqual({ net: 699, late: 0, pool: 349, closed: false });
  });

  it("counts a replayed event once: the event is a duplicate, the refund row the same", async () => {
    const [event] = (await getStripe().events.list({ type: "charge.refunded", limit: 1 })).data;
    const payload = JSON.stringify(event);
    const outcome = await handleStripeWebhook(payload, signStripePayload(payload, WEBHOOK_SECRET));
    expect(outcome).toMatchObject({ status: 200, body: { received: true, note: "duplicate" } });
    expect(await selectRowsWhere(stripeEvents, stripeEvents.id, event?.id ?? "")).toHaveLength(1);
    // The same refund under a new event id (Stripe's refund.updated, say) is stored again, not added.
    const fresh = JSON.stringify({ ...event, id: "evt_refund_replay" });
    expect(await handleStripeWebhook(fresh, signStripePayload(fresh, WEBHOOK_SECRET))).toMatchObject({
      status: 200,
      body: { received: true },
    });
    expect(await selectRowsWhere(stripeEvents, stripeEvents.id, "evt_refund_replay")).toHaveLength(1);
    expect(await netOf(april)).toEqual({ net: 699, late: 0, pool: 349, closed: false });
    // A refund of a charge Stripe does not know (or that paid no subscription) is acknowledged, not retried.
    const unknown = JSON.stringify({
      ...event,
      id: "evt_refund_unknown",
      data: { object: { id: "ch_unknown", object: "charge" } },
    });
    expect(await handleStripeWebhook(unknown, signStripePayload(unknown, WEBHOOK_SECRET))).toMatchObject({
      status: 200,
      body: { received: true, note: "not a membership charge" },
    });
  });

  it("leaves a closed month as it was: a refund dated in it goes to the next open month", async () => {
    await closePayoutMonth(admin, march, NOW);
    await closePayoutMonth(admin, april, NOW);
    // B's clock is still on 16 March: the refund is dated in closed March, recorded after its close.
    const refund = await getStripe().refunds.create({ charge: await chargeOf(b, "2026-03") });
    await world.settle();
    const [row] = await selectRowsWhere(membershipRefunds, membershipRefunds.stripeRefundId, refund.id);
    expect(row).toMatchObject({ amountMinor: 999, refundedAt: at("2026-03-16T02:00:00") });
    expect(await netOf(march)).toEqual({ net: 1_998, late: 0, pool: 999, closed: true });
    expect(await netOf(april)).toEqual({ net: 699, late: 0, pool: 349, closed: true });
    // May, the next open month, takes it: nothing paid in May, 999 refunded late; no pool below zero.
    expect(await netOf(may)).toEqual({ net: -999, late: -999, pool: 0, closed: false });
  });

  it("repairs a refund whose change never arrived in the reconciliation, and then finds nothing", async () => {
    const [refund] = (await getStripe().refunds.list({ charge: await chargeOf(a, "2026-03") })).data;
    // Say refund.updated (failed) was stored but its correction was lost: A's refund stops counting.
    await updateRowsWhere(membershipRefunds, membershipRefunds.stripeRefundId, refund?.id ?? "", {
      status: "failed",
    });
    expect(await netOf(may)).toEqual({ net: -699, late: -699, pool: 0, closed: false });
    const run = await reconcileWithStripe({ refundsSince: 0 });
    expect(run.drift.filter((d) => d.field === "refund")).toEqual([
      {
        customerId: a.customerId,
        subscriptionId: a.subscriptionId,
        field: "refund",
        ours: `${refund?.id} failed`,
        stripe: `${refund?.id} succeeded 300 gbp`,
        repair: "re-synced",
      },
    ]);
    expect(await netOf(may)).toEqual({ net: -999, late: -999, pool: 0, closed: false });
    const again = await reconcileWithStripe({ refundsSince: 0 });
    expect(again.drift.filter((d) => d.field === "refund")).toEqual([]);
  });
});
