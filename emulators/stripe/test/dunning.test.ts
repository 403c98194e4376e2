import type Stripe from "stripe";
import { describe, expect, test } from "vitest";
import {
  advance,
  checkoutWithTrial,
  DAY,
  FAILS_LATER,
  HOUR,
  startHarnessPerTest,
  type Harness,
  type Plans,
} from "./harness";

// Issue 12, points 1 and 2: a trial end's invoice is a draft for an hour, then finalized and charged; a
// failing charge is retried on the schedule (3, 5, 7 days apart by default), and the end of the schedule
// cancels the subscription, marks it unpaid or leaves it past_due, as the Billing settings say.

let h: Harness;
let plans: Plans;
startHarnessPerTest((harness, catalogue) => {
  h = harness;
  plans = catalogue;
});

async function failedAttempts(invoice: string) {
  const events = await h.stripe.events.list({ type: "invoice.payment_failed", limit: 100 });
  return events.data
    .map((e) => e.data.object as Stripe.Invoice)
    .filter((i) => i.id === invoice)
    .map((i) => [i.attempt_count, i.next_payment_attempt])
    .reverse();
}

async function startFailingTrial() {
  const run = await checkoutWithTrial(h, plans, { card: FAILS_LATER });
  const trialEnd = run.frozenTime + 14 * DAY;
  await advance(h, run.clock.id, trialEnd + 60);
  const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
  // Not past_due at once: the charge waits for the draft's hour.
  expect(sub.status).toBe("active");
  const invoice = String(sub.latest_invoice);
  expect((await h.stripe.invoices.retrieve(invoice)).status).toBe("draft");
  await advance(h, run.clock.id, trialEnd + HOUR + 60);
  expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("past_due");
  return { run, sub, invoice, firstAttempt: trialEnd + HOUR };
}

describe("dunning", () => {
  test("retries 3, 5 and 7 days apart, each an invoice.payment_failed, then cancels", async () => {
    const { run, sub, invoice, firstAttempt: t } = await startFailingTrial();
    expect(await failedAttempts(invoice)).toEqual([[1, t + 3 * DAY]]);
    await advance(h, run.clock.id, t + 3 * DAY + 60);
    await advance(h, run.clock.id, t + 8 * DAY + 60);
    expect(await failedAttempts(invoice)).toEqual([
      [1, t + 3 * DAY],
      [2, t + 8 * DAY],
      [3, t + 15 * DAY],
    ]);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("past_due");
    await advance(h, run.clock.id, t + 15 * DAY + 60);
    expect((await failedAttempts(invoice)).at(-1)).toEqual([4, null]);
    const ended = await h.stripe.subscriptions.retrieve(sub.id);
    expect(ended.status).toBe("canceled");
    expect(ended.cancellation_details?.reason).toBe("payment_failed");
    const deleted = await h.stripe.events.list({ type: "customer.subscription.deleted" });
    expect(deleted.data.map((e) => (e.data.object as Stripe.Subscription).id)).toEqual([sub.id]);
  });

  test("end 'unpaid' marks the subscription unpaid with customer.subscription.updated", async () => {
    await h.control("config", { dunning: { retryDays: [2], end: "unpaid" } });
    const { run, sub, firstAttempt: t } = await startFailingTrial();
    await advance(h, run.clock.id, t + 2 * DAY + 60);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("unpaid");
    const updates = await h.stripe.events.list({ type: "customer.subscription.updated", limit: 1 });
    const last = updates.data[0];
    expect((last?.data.object as Stripe.Subscription).status).toBe("unpaid");
    expect(last?.data.previous_attributes).toEqual({ status: "past_due" });
  });

  test("an unpaid subscription moves its periods on with drafts that are never attempted", async () => {
    await h.control("config", { dunning: { retryDays: [2], end: "unpaid" } });
    const { run, sub, invoice, firstAttempt: t } = await startFailingTrial();
    await advance(h, run.clock.id, t + 2 * DAY + 60);
    const periodEnd = (await h.stripe.subscriptions.retrieve(sub.id)).items.data[0]?.current_period_end ?? 0;
    const since = (await h.stripe.events.list({ limit: 1 })).data[0]?.created ?? 0;
    // Past the renewal and well past the hour a renewal's draft normally waits.
    await advance(h, run.clock.id, periodEnd + 2 * DAY);
    const renewed = await h.stripe.subscriptions.retrieve(sub.id);
    expect(renewed.status).toBe("unpaid");
    expect(renewed.items.data[0]?.current_period_start).toBe(periodEnd);
    const draft = await h.stripe.invoices.retrieve(String(renewed.latest_invoice));
    expect(draft.id).not.toBe(invoice);
    expect(draft).toMatchObject({
      status: "draft",
      auto_advance: false,
      automatically_finalizes_at: null,
      attempt_count: 0,
      billing_reason: "subscription_cycle",
    });
    const types = (await h.stripe.events.list({ created: { gte: since }, limit: 100 })).data.map(
      (e) => e.type,
    );
    expect(types).toContain("invoice.created");
    expect(types).not.toContain("invoice.finalized");
    expect(types).not.toContain("invoice.payment_failed");
    expect(types).not.toContain("invoice.paid");
    // The failed invoice stays open and is not retried any more.
    expect(await h.stripe.invoices.retrieve(invoice)).toMatchObject({ status: "open", attempt_count: 2 });
  });

  test("end 'past_due' leaves it past_due with no further attempt", async () => {
    await h.control("config", { dunning: { retryDays: [], end: "past_due" } });
    const { run, sub, invoice, firstAttempt: t } = await startFailingTrial();
    expect(await failedAttempts(invoice)).toEqual([[1, null]]);
    await advance(h, run.clock.id, t + 20 * DAY);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("past_due");
    expect(await failedAttempts(invoice)).toHaveLength(1);
  });

  test("a card fixed during dunning is charged at the next retry and the subscription is active", async () => {
    const { run, sub, invoice, firstAttempt: t } = await startFailingTrial();
    const visa = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: run.customer.id });
    await h.stripe.subscriptions.update(sub.id, { default_payment_method: visa.id });
    await advance(h, run.clock.id, t + 3 * DAY + 60);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("active");
    expect(await h.stripe.invoices.retrieve(invoice)).toMatchObject({ status: "paid", attempt_count: 2 });
  });
});
