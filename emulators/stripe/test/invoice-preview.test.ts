import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { advance, createPlans, DAY, startHarness, type Harness } from "./harness";

// invoices.createPreview: what a plan switch would invoice, without changing anything.

let h: Harness;
let plans: Awaited<ReturnType<typeof createPlans>>;
beforeAll(async () => {
  h = await startHarness();
  plans = await createPlans(h.stripe);
});
afterAll(async () => h.close());

async function member(options: { trial: boolean }) {
  const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
  const customer = await h.stripe.customers.create({ email: "preview@example.test", test_clock: clock.id });
  const pm = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
  const sub = await h.stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: plans.monthly.id }],
    default_payment_method: pm.id,
    ...(options.trial ? { trial_period_days: 14 } : {}),
  });
  return { clock, customer, sub };
}

async function previewSwitch(sub: Stripe.Subscription, price: string) {
  const item = sub.items.data[0];
  return h.stripe.invoices.createPreview({
    customer: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
    subscription: sub.id,
    subscription_details: { items: [{ id: item?.id, price }], proration_behavior: "create_prorations" },
  });
}

describe("POST /v1/invoices/create_preview", () => {
  test("a switch of interval mid-period: the invoice due now, credit for unused time; nothing changes", async () => {
    const { clock, sub } = await member({ trial: false });
    await advance(h, clock.id, clock.frozen_time + 15 * DAY);
    const invoicesBefore = await h.stripe.invoices.list({ subscription: sub.id });
    await h.idle();
    const deliveriesBefore = h.receiver.received.length;

    const preview = await previewSwitch(sub, plans.annual.id);
    expect(preview.status).toBe("draft");
    expect(preview.id).toMatch(/^upcoming_/);
    const credit = preview.lines.data.find((l) => l.amount < 0);
    const charge = preview.lines.data.find((l) => l.amount === 9999);
    expect(credit?.amount).toBeLessThan(0);
    expect(credit?.amount).toBeGreaterThan(-999);
    expect(charge).toBeDefined();
    expect(preview.total).toBe(9999 + (credit?.amount ?? 0));
    expect(preview.amount_due).toBe(preview.total);

    // Nothing changed: same price, same invoices, no events delivered.
    const after = await h.stripe.subscriptions.retrieve(sub.id);
    expect(after.items.data[0]?.price.id).toBe(plans.monthly.id);
    expect((await h.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(
      invoicesBefore.data.length,
    );
    await h.idle();
    expect(h.receiver.received.length).toBe(deliveriesBefore);

    // The switch itself invoices what the preview said.
    await h.stripe.subscriptions.update(sub.id, {
      items: [{ id: sub.items.data[0]?.id, price: plans.annual.id }],
      proration_behavior: "create_prorations",
    });
    const switched = await h.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
    expect((switched.latest_invoice as Stripe.Invoice).total).toBe(preview.total);
  });

  test("in a trial: nothing now; the first invoice at the trial's end is the new price", async () => {
    const { sub } = await member({ trial: true });
    const preview = await previewSwitch(sub, plans.annual.id);
    expect(preview.total).toBe(9999);
    expect(preview.lines.data.every((l) => l.period.start === sub.trial_end)).toBe(true);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).items.data[0]?.price.id).toBe(plans.monthly.id);
  });

  test("bad input is a Stripe error, not a 500", async () => {
    const { sub } = await member({ trial: false });
    await expect(previewSwitch(sub, "price_missing")).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "resource_missing",
    });
    await expect(h.stripe.invoices.createPreview({ subscription: "sub_missing" })).rejects.toMatchObject({
      code: "resource_missing",
    });
    await expect(
      h.stripe.invoices.createPreview({ customer: "cus_other", subscription: sub.id }),
    ).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
  });
});
