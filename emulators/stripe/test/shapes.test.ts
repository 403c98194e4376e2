import type Stripe from "stripe";
import { describe, expect, test } from "vitest";
import {
  advance,
  checkoutWithTrial,
  DAY,
  eventTypes,
  FAILS_LATER,
  HOUR,
  startHarnessPerTest,
  type Harness,
  type Plans,
} from "./harness";

// Issue 12, point 5: the shapes Stripe sends that the emulator used to leave out or get wrong, and the
// 2026 parameters it used to refuse. Everything through the real SDK over HTTP.

let h: Harness;
let plans: Plans;
startHarnessPerTest((harness, catalogue) => {
  h = harness;
  plans = catalogue;
});

async function events(type: string): Promise<Stripe.Event[]> {
  return (await h.stripe.events.list({ type, limit: 100 })).data.reverse();
}

const objectOf = <T>(event: Stripe.Event | undefined) => event?.data.object as T;

describe("paused subscriptions", () => {
  test("status_details says why and since when; it goes once resumed with billing_cycle_anchor[type]=now", async () => {
    const run = await checkoutWithTrial(h, plans, { card: null, missing: "pause" });
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const paused = await h.stripe.subscriptions.retrieve(run.subscription.id);
    expect(paused.status).toBe("paused");
    expect(paused.status_details).toEqual({
      paused: {
        subscription: { type: "trial_end_without_payment_method" },
        transitioned_at: run.frozenTime + 14 * DAY,
        type: "subscription",
      },
    });
    const pausedEvent = (await events("customer.subscription.paused"))[0];
    expect(objectOf<Stripe.Subscription>(pausedEvent).status_details?.paused.type).toBe("subscription");

    const pm = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: run.customer.id });
    await h.stripe.subscriptions.update(paused.id, { default_payment_method: pm.id });
    const resumed = await h.stripe.subscriptions.resume(paused.id, {
      billing_cycle_anchor: { type: "now" },
      payment_behavior: "resume_on_payment_attempt",
      proration_behavior: "none",
    });
    expect(resumed.status).toBe("active");
    expect(resumed).not.toHaveProperty("status_details");
    expect(resumed.items.data[0]?.current_period_start).toBe(run.frozenTime + 15 * DAY);
    const update = (await events("customer.subscription.updated")).at(-1);
    expect(update?.data.previous_attributes).toMatchObject({
      status: "paused",
      status_details: { paused: { subscription: { type: "trial_end_without_payment_method" } } },
    });
  });

  test("resume_on_payment_success with a failing card resumes nothing; the older bare anchor is refused", async () => {
    const run = await checkoutWithTrial(h, plans, { card: null, missing: "pause" });
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const pm = await h.stripe.paymentMethods.attach("pm_card_chargeCustomerFail", {
      customer: run.customer.id,
    });
    await h.stripe.subscriptions.update(run.subscription.id, { default_payment_method: pm.id });
    await expect(
      h.stripe.subscriptions.resume(run.subscription.id, { payment_behavior: "resume_on_payment_success" }),
    ).rejects.toMatchObject({ statusCode: 402, type: "StripeCardError" });
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).status).toBe("paused");
    const bare = await fetch(`${h.emulator.url}/v1/subscriptions/${run.subscription.id}/resume`, {
      method: "POST",
      headers: {
        authorization: "Bearer sk_test_newsstand_emulator",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "billing_cycle_anchor=now",
    });
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { error: { param: string } }).error.param).toBe("billing_cycle_anchor");
  });
});

describe("invoices", () => {
  test("invoice.payments and /v1/invoice_payments: one payment, open through failures, paid by the charge that works", async () => {
    const run = await checkoutWithTrial(h, plans, { card: FAILS_LATER });
    await advance(h, run.clock.id, run.frozenTime + 14 * DAY + HOUR + 60);
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
    const invoiceId = String(sub.latest_invoice);
    const failed = await h.stripe.invoices.retrieve(invoiceId, { expand: ["payments"] });
    expect(failed.payments?.data).toEqual([
      expect.objectContaining({
        object: "invoice_payment",
        status: "open",
        amount_paid: null,
        invoice: invoiceId,
      }),
    ]);
    expect(await h.stripe.invoices.retrieve(invoiceId)).not.toHaveProperty("payments");

    const visa = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: run.customer.id });
    await h.stripe.invoices.pay(invoiceId, { payment_method: visa.id });
    const paid = await h.stripe.invoices.retrieve(invoiceId, { expand: ["payments"] });
    const [payment] = paid.payments?.data ?? [];
    expect(paid.payments?.data).toHaveLength(1);
    expect(payment).toMatchObject({
      status: "paid",
      amount_paid: 999,
      amount_requested: 999,
      is_default: true,
      payment: { type: "payment_intent" },
    });
    expect(payment?.status_transitions.paid_at).toBe(paid.status_transitions.paid_at);
    expect(await h.stripe.invoicePayments.retrieve(payment?.id ?? "")).toEqual(payment);
    const listed = await h.stripe.invoicePayments.list({ invoice: invoiceId });
    expect(listed.data.map((p) => p.id)).toEqual([payment?.id]);
    const announced = (await events("invoice_payment.paid")).at(-1);
    expect(objectOf<Stripe.InvoicePayment>(announced).id).toBe(payment?.id);
  });

  test("invoice.updated follows every change, with only the fields that changed", async () => {
    const run = await checkoutWithTrial(h, plans, { card: FAILS_LATER });
    await advance(h, run.clock.id, run.frozenTime + 14 * DAY + HOUR + 60);
    const invoiceId = String((await h.stripe.subscriptions.retrieve(run.subscription.id)).latest_invoice);
    const updates = (await events("invoice.updated")).filter(
      (e) => objectOf<Stripe.Invoice>(e).id === invoiceId,
    );
    expect(updates.map((e) => objectOf<Stripe.Invoice>(e).status)).toEqual(["open", "open"]);
    expect(updates[0]?.data.previous_attributes).toMatchObject({ status: "draft", number: null });
    // The failed charge: the attempt and when the next one comes, nothing else.
    expect(updates[1]?.data.previous_attributes).toEqual({
      attempt_count: 0,
      attempted: false,
      next_payment_attempt: null,
    });
  });

  test("invoice.upcoming a week before each renewal: no id, the coming amount, once per period", async () => {
    const run = await checkoutWithTrial(h, plans);
    const trialEnd = run.frozenTime + 14 * DAY;
    await advance(h, run.clock.id, trialEnd - 7 * DAY - 60);
    expect(await events("invoice.upcoming")).toEqual([]);
    await advance(h, run.clock.id, trialEnd - 7 * DAY + 60);
    const [first] = await events("invoice.upcoming");
    expect(first?.created).toBe(trialEnd - 7 * DAY);
    const upcoming = objectOf<Record<string, unknown>>(first);
    expect(upcoming).not.toHaveProperty("id");
    expect(upcoming).toMatchObject({
      object: "invoice",
      billing_reason: "upcoming",
      amount_due: 999,
      status: "draft",
      next_payment_attempt: trialEnd,
      parent: { subscription_details: { subscription: run.subscription.id } },
    });
    expect(first?.request).toEqual({ id: null, idempotency_key: null });

    const renewal = trialEnd + 31 * DAY; // January 15 + one month = February 15
    await advance(h, run.clock.id, renewal - 8 * DAY);
    expect(await events("invoice.upcoming")).toHaveLength(1);
    await advance(h, run.clock.id, renewal - 6 * DAY);
    expect((await events("invoice.upcoming")).map((e) => e.created)).toEqual([
      trialEnd - 7 * DAY,
      renewal - 7 * DAY,
    ]);
  });

  test("no invoice.upcoming for a membership that ends at the period's end, or when switched off", async () => {
    const ending = await checkoutWithTrial(h, plans);
    await h.stripe.subscriptions.update(ending.subscription.id, { cancel_at_period_end: true });
    await advance(h, ending.clock.id, ending.frozenTime + 10 * DAY);
    expect(await events("invoice.upcoming")).toEqual([]);

    expect((await (await h.control("config", { upcomingRenewalDays: 0 })).json()) as object).toMatchObject({
      upcomingRenewalDays: 0,
    });
    const quiet = await checkoutWithTrial(h, plans);
    await advance(h, quiet.clock.id, quiet.frozenTime + 10 * DAY);
    expect(await events("invoice.upcoming")).toEqual([]);
  });
});

describe("events", () => {
  test("previous_attributes holds only what changed: nested keys one by one, arrays whole", async () => {
    const run = await checkoutWithTrial(h, plans);
    await h.stripe.subscriptions.update(run.subscription.id, { metadata: { plan: "monthly" } });
    await h.stripe.subscriptions.update(run.subscription.id, {
      cancel_at_period_end: true,
      cancellation_details: { comment: "too busy" },
    });
    const [metadata, cancel] = await events("customer.subscription.updated");
    expect(metadata?.data.previous_attributes).toEqual({ metadata: { plan: null } });
    expect(cancel?.data.previous_attributes).toEqual({
      cancel_at: null,
      cancel_at_period_end: false,
      canceled_at: null,
      cancellation_details: { comment: null, reason: null },
    });

    await h.stripe.subscriptions.update(run.subscription.id, { cancel_at_period_end: false });
    await advance(h, run.clock.id, run.frozenTime + 14 * DAY + 60);
    const trialEnd = (await events("customer.subscription.updated")).at(-1);
    const before = trialEnd?.data.previous_attributes as Record<string, unknown>;
    expect(Object.keys(before).sort()).toEqual(["items", "latest_invoice", "status"]);
    expect(before.status).toBe("trialing");
    // The item list changed (its periods), so its data comes whole, as Stripe sends arrays.
    const items = before.items as { data: Stripe.SubscriptionItem[] };
    expect(Object.keys(items)).toEqual(["data"]);
    expect(items.data[0]).toMatchObject({
      object: "subscription_item",
      current_period_start: run.frozenTime,
      current_period_end: run.frozenTime + 14 * DAY,
    });
  });

  test("request names the API call that caused an event, and is null for what Stripe did on its own", async () => {
    const run = await checkoutWithTrial(h, plans);
    await h.stripe.subscriptions.update(
      run.subscription.id,
      { metadata: { plan: "monthly" } },
      { idempotencyKey: "rename-1" },
    );
    const [byRequest] = await events("customer.subscription.updated");
    expect(byRequest?.request).toEqual({ id: expect.stringMatching(/^req_/), idempotency_key: "rename-1" });
    const [completed] = await events("checkout.session.completed");
    expect(completed?.request).toEqual({ id: null, idempotency_key: null }); // the hosted page, not the API

    await advance(h, run.clock.id, run.frozenTime + 14 * DAY + HOUR + 60);
    const [advancing] = await events("test_helpers.test_clock.advancing");
    expect(advancing?.request?.id).toMatch(/^req_/);
    const fromTheClock = [
      ...(await events("customer.subscription.trial_will_end")),
      ...(await events("invoice.created")),
      ...(await events("invoice.paid")),
      ...(await events("test_helpers.test_clock.ready")),
    ].filter((e) => e.created > run.frozenTime);
    expect(fromTheClock.length).toBeGreaterThanOrEqual(4);
    for (const event of fromTheClock) expect(event.request).toEqual({ id: null, idempotency_key: null });
  });
});

describe("Checkout", () => {
  test("a trial with a card saves it through a SetupIntent; a card-less trial makes none", async () => {
    const carded = await checkoutWithTrial(h, plans);
    const setupId = String(carded.session.setup_intent);
    expect(setupId).toMatch(/^seti_/);
    const intent = await h.stripe.setupIntents.retrieve(setupId);
    expect(intent).toMatchObject({
      status: "succeeded",
      usage: "off_session",
      customer: carded.customer.id,
      payment_method: carded.subscription.default_payment_method,
      payment_method_types: ["card"],
    });
    expect(
      (await h.stripe.setupIntents.list({ customer: carded.customer.id })).data.map((s) => s.id),
    ).toEqual([setupId]);
    const types = await eventTypes(h);
    expect(types.indexOf("setup_intent.succeeded")).toBeGreaterThan(types.indexOf("setup_intent.created"));
    expect(types.indexOf("setup_intent.succeeded")).toBeLessThan(types.indexOf("checkout.session.completed"));

    const cardless = await checkoutWithTrial(h, plans, { card: null, missing: "pause" });
    expect(cardless.session.setup_intent).toBeNull();
    expect((await h.stripe.setupIntents.list({ customer: cardless.customer.id })).data).toEqual([]);
  });

  test("ui_mode=hosted_page is accepted and answered; the pre-2026 name and other modes are refused", async () => {
    const base = {
      mode: "subscription" as const,
      line_items: [{ price: plans.monthly.id, quantity: 1 }],
      success_url: "http://app.test/ok",
    };
    const session = await h.stripe.checkout.sessions.create({ ...base, ui_mode: "hosted_page" });
    expect(session.ui_mode).toBe("hosted_page");
    expect(session.url).toMatch(/\/checkout\/cs_test_/);
    await expect(h.stripe.checkout.sessions.create({ ...base, ui_mode: "hosted" })).rejects.toMatchObject({
      statusCode: 400,
      param: "ui_mode",
    });
    await expect(
      h.stripe.checkout.sessions.create({ ...base, ui_mode: "embedded_page" }),
    ).rejects.toMatchObject({ statusCode: 400, param: "ui_mode" });
  });
});

describe("subscription update", () => {
  test("payment_settings is accepted and kept", async () => {
    const run = await checkoutWithTrial(h, plans);
    const updated = await h.stripe.subscriptions.update(run.subscription.id, {
      payment_settings: {
        payment_method_types: ["card"],
        save_default_payment_method: "on_subscription",
        payment_method_options: { card: { request_three_d_secure: "any" } },
      },
    });
    expect(updated.payment_settings).toMatchObject({
      payment_method_types: ["card"],
      save_default_payment_method: "on_subscription",
      payment_method_options: { card: { request_three_d_secure: "any" } },
    });
    const unset = await h.stripe.subscriptions.update(run.subscription.id, {
      payment_settings: { payment_method_types: "" as unknown as ["card"] },
    });
    expect(unset.payment_settings?.payment_method_types).toBeNull();
    expect(unset.payment_settings?.save_default_payment_method).toBe("on_subscription");
    await expect(
      h.stripe.subscriptions.update(run.subscription.id, {
        payment_settings: { payment_method_types: ["sepa_debit"] },
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});
