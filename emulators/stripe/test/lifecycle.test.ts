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

let h: Harness;
let plans: Plans;
startHarnessPerTest((harness, catalogue) => {
  h = harness;
  plans = catalogue;
});

async function eventsFor(subscription: string): Promise<Stripe.Event[]> {
  const all = await h.stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
  return all
    .filter((e) => {
      const object = e.data.object as {
        id?: string;
        parent?: { subscription_details?: { subscription?: string } };
      };
      return object.id === subscription || object.parent?.subscription_details?.subscription === subscription;
    })
    .reverse();
}

async function eventsOfInvoice(invoice: string): Promise<string[]> {
  const all = await h.stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
  return all
    .filter((e) => {
      const object = e.data.object as { id?: string; invoice?: string };
      return object.id === invoice || object.invoice === invoice;
    })
    .map((e) => e.type)
    .reverse();
}

async function invoicesOf(subscription: string): Promise<Stripe.Invoice[]> {
  return (await h.stripe.invoices.list({ subscription, limit: 100 })).data.reverse();
}

describe("trial with a card", () => {
  test("trial_will_end three days before; at trial end active with a paid invoice; renewal a month later", async () => {
    const run = await checkoutWithTrial(h, plans);
    const sub = run.subscription;
    expect(sub.status).toBe("trialing");
    expect(sub.test_clock).toBe(run.clock.id);
    expect(sub.trial_end).toBe(run.frozenTime + 14 * DAY);

    await advance(h, run.clock.id, run.frozenTime + 10 * DAY);
    expect((await eventsFor(sub.id)).map((e) => e.type)).not.toContain(
      "customer.subscription.trial_will_end",
    );
    await advance(h, run.clock.id, run.frozenTime + 11 * DAY);
    const warning = (await eventsFor(sub.id)).find((e) => e.type === "customer.subscription.trial_will_end");
    expect(warning?.created).toBe(run.frozenTime + 11 * DAY);

    // At trial end the subscription moves on and a draft invoice waits about an hour, as at Stripe.
    await advance(h, run.clock.id, run.frozenTime + 14 * DAY + 60);
    const moved = await h.stripe.subscriptions.retrieve(sub.id);
    expect(moved.status).toBe("active");
    const draft = await h.stripe.invoices.retrieve(String(moved.latest_invoice));
    expect(draft).toMatchObject({
      status: "draft",
      billing_reason: "subscription_cycle",
      attempt_count: 0,
      automatically_finalizes_at: run.frozenTime + 14 * DAY + HOUR,
    });
    expect(await eventsOfInvoice(draft.id ?? "")).toEqual(["invoice.created"]);

    await advance(h, run.clock.id, run.frozenTime + 14 * DAY + HOUR + 60);
    const active = await h.stripe.subscriptions.retrieve(sub.id);
    expect(active.status).toBe("active");
    const item = active.items.data[0];
    expect(item?.current_period_start).toBe(run.frozenTime + 14 * DAY);
    const invoices = await invoicesOf(sub.id);
    expect(invoices.map((i) => [i.billing_reason, i.status, i.amount_paid])).toEqual([
      ["subscription_create", "paid", 0],
      ["subscription_cycle", "paid", 999],
    ]);
    expect(invoices[1]?.parent?.subscription_details?.subscription).toBe(sub.id);
    expect(invoices[1]?.status_transitions.finalized_at).toBe(run.frozenTime + 14 * DAY + HOUR);
    expect(await eventsOfInvoice(draft.id ?? "")).toEqual([
      "invoice.created",
      "invoice.finalized",
      "invoice.updated",
      "invoice.paid",
      "invoice.payment_succeeded",
      "invoice_payment.paid",
      "invoice.updated",
    ]);

    await advance(h, run.clock.id, (item?.current_period_end ?? 0) + HOUR + 60);
    const renewed = await h.stripe.subscriptions.retrieve(sub.id);
    expect(renewed.items.data[0]?.current_period_start).toBe(item?.current_period_end);
    expect((await invoicesOf(sub.id)).map((i) => i.amount_paid)).toEqual([0, 999, 999]);
  });
});

describe("trial with a card that fails when charged (4000 0000 0000 0341)", () => {
  test("invoice.payment_failed and past_due", async () => {
    const run = await checkoutWithTrial(h, plans, { card: FAILS_LATER });
    expect(run.subscription.status).toBe("trialing");
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id, { expand: ["latest_invoice"] });
    expect(sub.status).toBe("past_due");
    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ status: "open", amount_due: 999, amount_paid: 0, attempt_count: 1 });
    expect((await eventsFor(sub.id)).map((e) => e.type)).toContain("invoice.payment_failed");
  });
});

describe("trial without a card: trial_settings.end_behavior.missing_payment_method", () => {
  test("cancel → canceled and customer.subscription.deleted", async () => {
    const run = await checkoutWithTrial(h, plans, { card: null, missing: "cancel" });
    expect(run.result.status).toBe(303);
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
    expect(sub.status).toBe("canceled");
    expect(sub.ended_at).toBe(run.frozenTime + 14 * DAY);
    expect((await eventsFor(sub.id)).map((e) => e.type)).toContain("customer.subscription.deleted");
  });

  test("pause → paused and customer.subscription.paused; resume bills a new period", async () => {
    const run = await checkoutWithTrial(h, plans, { card: null, missing: "pause" });
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).status).toBe("paused");
    expect((await eventsFor(run.subscription.id)).map((e) => e.type)).toContain(
      "customer.subscription.paused",
    );
    const pm = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: run.customer.id });
    await h.stripe.subscriptions.update(run.subscription.id, { default_payment_method: pm.id });
    const resumed = await h.stripe.subscriptions.resume(run.subscription.id);
    expect(resumed.status).toBe("active");
    expect((await eventsFor(run.subscription.id)).map((e) => e.type)).toContain(
      "customer.subscription.resumed",
    );
  });

  test("create_invoice → an open invoice and past_due", async () => {
    const run = await checkoutWithTrial(h, plans, { card: null, missing: "create_invoice" });
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
    expect(sub.status).toBe("past_due");
    expect((await invoicesOf(sub.id)).at(-1)).toMatchObject({ status: "open", amount_due: 999 });
  });
});

describe("cancellation and plan changes", () => {
  test("cancel_at_period_end → deleted at period end, not before", async () => {
    const run = await checkoutWithTrial(h, plans);
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const active = await h.stripe.subscriptions.update(run.subscription.id, {
      cancel_at_period_end: true,
      cancellation_details: { feedback: "too_expensive" },
    });
    const end = active.items.data[0]?.current_period_end ?? 0;
    expect(active).toMatchObject({ cancel_at_period_end: true, cancel_at: end, status: "active" });
    expect(active.cancellation_details?.feedback).toBe("too_expensive");
    await advance(h, run.clock.id, end - 60);
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).status).toBe("active");
    await advance(h, run.clock.id, end + 60);
    const ended = await h.stripe.subscriptions.retrieve(run.subscription.id);
    expect(ended).toMatchObject({ status: "canceled", ended_at: end });
    expect((await eventsFor(ended.id)).map((e) => e.type)).toContain("customer.subscription.deleted");
    expect((await invoicesOf(ended.id)).map((i) => i.billing_reason)).toEqual([
      "subscription_create",
      "subscription_cycle",
    ]);
  });

  test("undo a cancellation: cancel_at_period_end=false keeps renewing", async () => {
    const run = await checkoutWithTrial(h, plans);
    await h.stripe.subscriptions.update(run.subscription.id, { cancel_at_period_end: true });
    const updates = (await eventsFor(run.subscription.id)).filter(
      (e) => e.type === "customer.subscription.updated",
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]?.data.previous_attributes).toMatchObject({
      cancel_at_period_end: false,
      cancel_at: null,
    });
    const undone = await h.stripe.subscriptions.update(run.subscription.id, { cancel_at_period_end: false });
    expect(undone).toMatchObject({ cancel_at_period_end: false, cancel_at: null, canceled_at: null });
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).status).toBe("active");
  });

  test("switching monthly → annual restarts the period and invoices with a proration credit", async () => {
    const run = await checkoutWithTrial(h, plans);
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const before = await h.stripe.subscriptions.retrieve(run.subscription.id);
    const item = before.items.data[0];
    await advance(h, run.clock.id, run.frozenTime + 29 * DAY);
    const switched = await h.stripe.subscriptions.update(before.id, {
      items: [{ id: item?.id ?? "", price: plans.annual.id }],
      proration_behavior: "create_prorations",
    });
    expect(switched.items.data[0]?.price.id).toBe(plans.annual.id);
    expect(switched.items.data[0]?.current_period_start).toBe(run.frozenTime + 29 * DAY);
    expect(switched.status).toBe("active");
    const invoice = await h.stripe.invoices.retrieve(String(switched.latest_invoice));
    expect(invoice.billing_reason).toBe("subscription_update");
    const amounts = invoice.lines.data.map((l) => l.amount);
    expect(amounts).toContain(9999);
    expect(amounts.some((a) => a < 0)).toBe(true);
    expect(invoice.status).toBe("paid");
    const updated = (await eventsFor(before.id))
      .filter((e) => e.type === "customer.subscription.updated")
      .at(-1);
    expect(updated?.data.previous_attributes).toHaveProperty("items");
  });

  test("switching annual → monthly credits the unused year to the balance; later invoices take it first", async () => {
    const run = await checkoutWithTrial(h, plans);
    const trialEnd = run.frozenTime + 14 * DAY;
    await advance(h, run.clock.id, trialEnd + HOUR + 60);
    const item = (await h.stripe.subscriptions.retrieve(run.subscription.id)).items.data[0]?.id ?? "";
    await h.stripe.subscriptions.update(run.subscription.id, {
      items: [{ id: item, price: plans.annual.id }],
      proration_behavior: "create_prorations",
    });
    await advance(h, run.clock.id, trialEnd + 30 * DAY);
    const back = {
      items: [{ id: item, price: plans.monthly.id }],
      proration_behavior: "create_prorations" as const,
    };

    // The preview says it before the change: a negative total, nothing due, the balance as it stands.
    const preview = await h.stripe.invoices.createPreview({
      customer: run.customer.id,
      subscription: run.subscription.id,
      subscription_details: back,
    });
    expect(preview.total).toBeLessThan(-8000);
    expect(preview).toMatchObject({ amount_due: 0, starting_balance: 0, ending_balance: null });
    expect((await h.stripe.customers.retrieve(run.customer.id)) as Stripe.Customer).toMatchObject({
      balance: 0,
    });

    const switched = await h.stripe.subscriptions.update(run.subscription.id, back);
    const credit = await h.stripe.invoices.retrieve(String(switched.latest_invoice));
    expect(credit.total).toBe(preview.total);
    expect(credit).toMatchObject({
      status: "paid",
      amount_due: 0,
      amount_paid: 0,
      starting_balance: 0,
      ending_balance: credit.total,
    });
    const customer = (await h.stripe.customers.retrieve(run.customer.id)) as Stripe.Customer;
    expect(customer.balance).toBe(credit.total);
    const creditPage = await (await fetch(credit.hosted_invoice_url ?? "")).text();
    expect(creditPage).toContain(`Credited to your balance: £${(-credit.total / 100).toFixed(2)}`);
    expect(creditPage).toContain("Amount due: £0.00");
    const balanceEvent = (await h.stripe.events.list({ type: "customer.updated", limit: 1 })).data[0];
    expect(balanceEvent?.data.previous_attributes).toEqual({ balance: 0 });
    expect((balanceEvent?.data.object as Stripe.Customer).balance).toBe(credit.total);

    // A month on, the renewal is paid from the credit: nothing charged, even to a card that would fail.
    const failing = await h.stripe.paymentMethods.attach("pm_card_chargeCustomerFail", {
      customer: run.customer.id,
    });
    await h.stripe.subscriptions.update(run.subscription.id, { default_payment_method: failing.id });
    const renewalAt = (switched.items.data[0]?.current_period_end ?? 0) + HOUR + 60;
    await advance(h, run.clock.id, renewalAt);
    const renewed = await h.stripe.subscriptions.retrieve(run.subscription.id);
    expect(renewed.status).toBe("active");
    const renewal = await h.stripe.invoices.retrieve(String(renewed.latest_invoice));
    expect(renewal).toMatchObject({
      billing_reason: "subscription_cycle",
      total: 999,
      amount_due: 0,
      amount_paid: 0,
      status: "paid",
      starting_balance: credit.total,
      ending_balance: credit.total + 999,
    });
    expect(((await h.stripe.customers.retrieve(run.customer.id)) as Stripe.Customer).balance).toBe(
      credit.total + 999,
    );
    const hosted = await (await fetch(renewal.hosted_invoice_url ?? "")).text();
    expect(hosted).toContain("Applied balance: -£9.99");
    expect(hosted).toContain("Amount due: £0.00");
  });

  test("switching during the trial changes the price without an invoice", async () => {
    const run = await checkoutWithTrial(h, plans);
    const item = run.subscription.items.data[0];
    const switched = await h.stripe.subscriptions.update(run.subscription.id, {
      items: [{ id: item?.id ?? "", price: plans.annual.id }],
    });
    expect(switched).toMatchObject({ status: "trialing", trial_end: run.frozenTime + 14 * DAY });
    expect(await invoicesOf(run.subscription.id)).toHaveLength(1);
  });

  test("cancel now and trial_end=now", async () => {
    const run = await checkoutWithTrial(h, plans);
    const ended = await h.stripe.subscriptions.update(run.subscription.id, { trial_end: "now" });
    expect(ended.status).toBe("active");
    expect((await invoicesOf(run.subscription.id)).at(-1)?.amount_paid).toBe(999);
    const canceled = await h.stripe.subscriptions.cancel(run.subscription.id);
    expect(canceled.status).toBe("canceled");
    await expect(
      h.stripe.subscriptions.update(run.subscription.id, { cancel_at_period_end: true }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  test("same-interval switch: prorations wait for the next invoice, or are invoiced at once with always_invoice", async () => {
    const plus = await h.stripe.prices.create({
      product: plans.product.id,
      currency: "gbp",
      unit_amount: 1499,
      recurring: { interval: "month" },
      nickname: "Plus",
    });
    const run = await checkoutWithTrial(h, plans);
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const active = await h.stripe.subscriptions.retrieve(run.subscription.id);
    const item = active.items.data[0];
    const periodEnd = item?.current_period_end ?? 0;
    await h.stripe.subscriptions.update(active.id, { items: [{ id: item?.id ?? "", price: plus.id }] });
    expect(await invoicesOf(active.id)).toHaveLength(2);
    await advance(h, run.clock.id, periodEnd + 60);
    const renewal = (await invoicesOf(active.id)).at(-1);
    const lines = renewal?.lines.data ?? [];
    expect(
      lines
        .filter((l) => l.parent?.type === "invoice_item_details")
        .map((l) => Math.sign(l.amount))
        .sort(),
    ).toEqual([-1, 1]);
    expect(lines.find((l) => l.parent?.type === "subscription_item_details")?.amount).toBe(1499);

    const switchedBack = await h.stripe.subscriptions.update(active.id, {
      items: [{ id: item?.id ?? "", price: plans.monthly.id }],
      proration_behavior: "always_invoice",
    });
    const immediate = await h.stripe.invoices.retrieve(String(switchedBack.latest_invoice));
    expect(immediate.billing_reason).toBe("subscription_update");
    expect(immediate.lines.data.every((l) => l.parent?.type === "invoice_item_details")).toBe(true);
  });
});
