import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apiRoutes } from "../src/routes";
import { advance, createPlans, DAY, startHarness, type Harness } from "./harness";

// Drives every endpoint the emulator serves through the real SDK.

let h: Harness;
let plans: Awaited<ReturnType<typeof createPlans>>;
beforeAll(async () => {
  h = await startHarness();
  plans = await createPlans(h.stripe);
});
afterAll(async () => h.close());

test("the route table is the list this file drives", () => {
  expect(apiRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
    [
      "POST /v1/customers",
      "GET /v1/customers/:id",
      "POST /v1/customers/:id",
      "DELETE /v1/customers/:id",
      "GET /v1/customers",
      "GET /v1/customers/:id/payment_methods",
      "POST /v1/products",
      "GET /v1/products/:id",
      "POST /v1/products/:id",
      "GET /v1/products",
      "POST /v1/prices",
      "GET /v1/prices/:id",
      "POST /v1/prices/:id",
      "GET /v1/prices",
      "POST /v1/payment_methods",
      "GET /v1/payment_methods/:id",
      "POST /v1/payment_methods/:id",
      "POST /v1/payment_methods/:id/attach",
      "POST /v1/payment_methods/:id/detach",
      "GET /v1/payment_methods",
      "POST /v1/checkout/sessions",
      "GET /v1/checkout/sessions/:id",
      "POST /v1/checkout/sessions/:id/expire",
      "GET /v1/checkout/sessions/:id/line_items",
      "GET /v1/checkout/sessions",
      "POST /v1/subscriptions",
      "GET /v1/subscriptions/:id",
      "POST /v1/subscriptions/:id",
      "DELETE /v1/subscriptions/:id",
      "POST /v1/subscriptions/:id/resume",
      "GET /v1/subscriptions",
      "GET /v1/subscription_items/:id",
      "GET /v1/subscription_items",
      "GET /v1/invoices/:id",
      "GET /v1/invoices/:id/lines",
      "POST /v1/invoices/:id/pay",
      "POST /v1/invoices/create_preview",
      "GET /v1/invoices",
      "GET /v1/invoice_payments/:id",
      "GET /v1/invoice_payments",
      "POST /v1/refunds",
      "GET /v1/refunds/:id",
      "GET /v1/refunds",
      "GET /v1/charges/:id",
      "GET /v1/charges",
      "GET /v1/setup_intents/:id",
      "GET /v1/setup_intents",
      "POST /v1/billing_portal/configurations",
      "GET /v1/billing_portal/configurations/:id",
      "POST /v1/billing_portal/configurations/:id",
      "GET /v1/billing_portal/configurations",
      "POST /v1/billing_portal/sessions",
      "GET /v1/events/:id",
      "GET /v1/events",
      "POST /v1/test_helpers/test_clocks",
      "GET /v1/test_helpers/test_clocks/:id",
      "POST /v1/test_helpers/test_clocks/:id/advance",
      "DELETE /v1/test_helpers/test_clocks/:id",
      "GET /v1/test_helpers/test_clocks",
      "POST /v1/webhook_endpoints",
      "GET /v1/webhook_endpoints/:id",
      "POST /v1/webhook_endpoints/:id",
      "DELETE /v1/webhook_endpoints/:id",
      "GET /v1/webhook_endpoints",
    ].sort(),
  );
});

describe("every endpoint through the SDK", () => {
  test("customers", async () => {
    const c = await h.stripe.customers.create({
      email: "all@example.com",
      name: "All",
      metadata: { userId: "u1" },
    });
    expect((await h.stripe.customers.retrieve(c.id)) as Stripe.Customer).toMatchObject({
      email: "all@example.com",
      metadata: { userId: "u1" },
    });
    const updated = await h.stripe.customers.update(c.id, {
      name: "Renamed",
      metadata: { userId: "", extra: "1" },
    });
    expect(updated).toMatchObject({ name: "Renamed", metadata: { extra: "1" } });
    expect((await h.stripe.customers.list({ email: "all@example.com" })).data.map((x) => x.id)).toEqual([
      c.id,
    ]);
    await h.stripe.paymentMethods.attach("pm_card_visa", { customer: c.id });
    expect((await h.stripe.customers.listPaymentMethods(c.id)).data[0]?.card?.last4).toBe("4242");
    expect(await h.stripe.customers.del(c.id)).toMatchObject({ id: c.id, deleted: true });
    expect(await h.stripe.customers.retrieve(c.id)).toMatchObject({ deleted: true });
  });

  test("a test card alias as the default payment method stores the card it made, expandable", async () => {
    const c = await h.stripe.customers.create({
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const cards = await h.stripe.customers.listPaymentMethods(c.id);
    expect(cards.data).toHaveLength(1);
    const read = (await h.stripe.customers.retrieve(c.id, {
      expand: ["invoice_settings.default_payment_method"],
    })) as Stripe.Customer;
    const pm = read.invoice_settings.default_payment_method as Stripe.PaymentMethod;
    expect(pm.id).toBe(cards.data[0]?.id);
    expect(pm.card?.last4).toBe("4242");
  });

  test("products and prices, with lookup_keys", async () => {
    const p = await h.stripe.products.create({ name: "Extra", description: "d" });
    expect((await h.stripe.products.retrieve(p.id)).name).toBe("Extra");
    expect((await h.stripe.products.update(p.id, { active: false })).active).toBe(false);
    expect((await h.stripe.products.list({ active: false })).data.map((x) => x.id)).toContain(p.id);
    const price = await h.stripe.prices.create({
      product: p.id,
      currency: "gbp",
      unit_amount: 500,
      recurring: { interval: "week" },
    });
    expect((await h.stripe.prices.retrieve(price.id)).unit_amount).toBe(500);
    expect(
      (await h.stripe.prices.update(price.id, { nickname: "Weekly", lookup_key: "weekly" })).lookup_key,
    ).toBe("weekly");
    const byKey = await h.stripe.prices.list({
      lookup_keys: ["newsstand_monthly", "newsstand_annual"],
      expand: ["data.product"],
    });
    expect(byKey.data.map((x) => x.id).sort()).toEqual([plans.monthly.id, plans.annual.id].sort());
    expect((byKey.data[0]?.product as Stripe.Product).name).toBe("Newsstand membership");
    const inline = await h.stripe.prices.create({
      currency: "gbp",
      unit_amount: 100,
      product_data: { name: "Inline" },
    });
    expect(inline.product).toMatch(/^prod_/);
    await expect(
      h.stripe.prices.create({ product: p.id, currency: "gbp", unit_amount: 1, lookup_key: "weekly" }),
    ).rejects.toMatchObject({ param: "lookup_key" });
  });

  test("payment methods", async () => {
    const c = await h.stripe.customers.create();
    const pm = await h.stripe.paymentMethods.create({ type: "card", card: { token: "tok_visa" } });
    expect(pm.card?.last4).toBe("4242");
    expect((await h.stripe.paymentMethods.retrieve(pm.id)).id).toBe(pm.id);
    expect((await h.stripe.paymentMethods.update(pm.id, { metadata: { a: "b" } })).metadata).toEqual({
      a: "b",
    });
    expect((await h.stripe.paymentMethods.attach(pm.id, { customer: c.id })).customer).toBe(c.id);
    expect((await h.stripe.paymentMethods.list({ customer: c.id })).data).toHaveLength(1);
    expect((await h.stripe.paymentMethods.detach(pm.id)).customer).toBeNull();
    const declined = await h.stripe.paymentMethods.create({
      type: "card",
      card: { token: "tok_chargeDeclined" },
    });
    await expect(h.stripe.paymentMethods.attach(declined.id, { customer: c.id })).rejects.toMatchObject({
      type: "StripeCardError",
      code: "card_declined",
    });
  });

  test("checkout sessions", async () => {
    const c = await h.stripe.customers.create();
    const s = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: c.id,
      line_items: [{ price: plans.monthly.id, quantity: 1 }],
      success_url: "http://a.test/ok",
    });
    expect((await h.stripe.checkout.sessions.retrieve(s.id)).status).toBe("open");
    expect((await h.stripe.checkout.sessions.listLineItems(s.id)).data[0]?.amount_total).toBe(999);
    expect((await h.stripe.checkout.sessions.list({ customer: c.id })).data.map((x) => x.id)).toEqual([s.id]);
    expect((await h.stripe.checkout.sessions.expire(s.id)).status).toBe("expired");
    await expect(
      h.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: plans.monthly.id, quantity: 1 }],
      }),
    ).rejects.toMatchObject({ param: "mode" });
  });

  test("subscriptions, items, invoices", async () => {
    const clock = await h.stripe.testHelpers.testClocks.create({
      frozen_time: Math.floor(Date.UTC(2027, 5, 1) / 1000),
    });
    const c = await h.stripe.customers.create({
      test_clock: clock.id,
      payment_method: "pm_card_chargeCustomerFail",
      invoice_settings: { default_payment_method: "" },
    });
    const pms = await h.stripe.customers.listPaymentMethods(c.id);
    const sub = await h.stripe.subscriptions.create({
      customer: c.id,
      items: [{ price: plans.monthly.id }],
      trial_period_days: 7,
      default_payment_method: pms.data[0]?.id ?? "",
      metadata: { userId: "u9" },
    });
    expect(sub).toMatchObject({ status: "trialing", test_clock: clock.id });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).metadata).toEqual({ userId: "u9" });
    expect((await h.stripe.subscriptions.list({ customer: c.id, status: "trialing" })).data).toHaveLength(1);
    const itemId = sub.items.data[0]?.id ?? "";
    expect((await h.stripe.subscriptionItems.retrieve(itemId)).price.id).toBe(plans.monthly.id);
    expect((await h.stripe.subscriptionItems.list({ subscription: sub.id })).data.map((i) => i.id)).toEqual([
      itemId,
    ]);
    await advance(h, clock.id, clock.frozen_time + 8 * DAY);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("past_due");
    const open = (await h.stripe.invoices.list({ subscription: sub.id, status: "open" })).data[0];
    expect(open?.amount_due).toBe(999);
    expect((await h.stripe.invoices.retrieve(open?.id ?? "")).lines.data[0]?.amount).toBe(999);
    expect((await h.stripe.invoices.listLineItems(open?.id ?? "")).data).toHaveLength(1);
    await expect(h.stripe.invoices.pay(open?.id ?? "")).rejects.toMatchObject({ type: "StripeCardError" });
    const visa = await h.stripe.paymentMethods.attach("pm_card_visa", { customer: c.id });
    expect((await h.stripe.invoices.pay(open?.id ?? "", { payment_method: visa.id })).status).toBe("paid");
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe("active");
    const withCancelAt = await h.stripe.subscriptions.update(sub.id, {
      cancel_at: clock.frozen_time + 20 * DAY,
    });
    expect(withCancelAt.cancel_at).toBe(clock.frozen_time + 20 * DAY);
    expect((await h.stripe.subscriptions.update(sub.id, { cancel_at: "" })).cancel_at).toBeNull();
    const canceled = await h.stripe.subscriptions.cancel(sub.id, {
      cancellation_details: { comment: "bye" },
    });
    expect(canceled).toMatchObject({
      status: "canceled",
      cancellation_details: { comment: "bye", reason: "cancellation_requested" },
    });
    expect((await h.stripe.subscriptions.list({ customer: c.id })).data).toHaveLength(0);
    expect((await h.stripe.subscriptions.list({ customer: c.id, status: "all" })).data).toHaveLength(1);
    await expect(h.stripe.subscriptions.resume(sub.id)).rejects.toMatchObject({ statusCode: 400 });
    // The reconcile job's call (lib/billing/subscription-pages.ts): every status, a page at a time, the
    // test clock expanded in each. A subscription without a clock keeps test_clock null.
    const unclocked = await h.stripe.customers.create({ payment_method: "pm_card_visa" });
    const plain = await h.stripe.subscriptions.create({
      customer: unclocked.id,
      items: [{ price: plans.monthly.id }],
      trial_period_days: 7,
    });
    const seen = new Map<string, Stripe.Subscription>();
    let startingAfter: string | undefined;
    for (let more = true; more;) {
      const page = await h.stripe.subscriptions.list({
        status: "all",
        limit: 1,
        expand: ["data.test_clock"],
        ...(startingAfter ? { starting_after: startingAfter } : {}),
      });
      for (const s of page.data) {
        expect(seen.has(s.id), `${s.id} on two pages`).toBe(false);
        seen.set(s.id, s);
      }
      more = page.has_more;
      startingAfter = page.data.at(-1)?.id;
    }
    expect(seen.get(plain.id)?.test_clock).toBeNull();
    expect(seen.get(sub.id)?.status).toBe("canceled");
    expect(seen.get(sub.id)?.test_clock).toMatchObject({ object: "test_helpers.test_clock", id: clock.id });
  });

  test("billing portal configurations and sessions", async () => {
    const c = await h.stripe.customers.create();
    const config = await h.stripe.billingPortal.configurations.create({
      features: { invoice_history: { enabled: true } },
      default_return_url: "http://a.test/back",
    });
    expect(
      (await h.stripe.billingPortal.configurations.retrieve(config.id)).features.invoice_history.enabled,
    ).toBe(true);
    const updated = await h.stripe.billingPortal.configurations.update(config.id, {
      features: { payment_method_update: { enabled: true } },
    });
    expect(updated.features.payment_method_update.enabled).toBe(true);
    expect((await h.stripe.billingPortal.configurations.list()).data.map((x) => x.id)).toContain(config.id);
    const session = await h.stripe.billingPortal.sessions.create({
      customer: c.id,
      configuration: config.id,
    });
    expect(session).toMatchObject({
      customer: c.id,
      return_url: "http://a.test/back",
      configuration: config.id,
    });
    await expect(h.stripe.billingPortal.sessions.create({ customer: "cus_nope" })).rejects.toMatchObject({
      param: "customer",
    });
  });

  test("events and test clocks", async () => {
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: 1_800_000_000, name: "c" });
    expect((await h.stripe.testHelpers.testClocks.retrieve(clock.id)).name).toBe("c");
    const advancing = await h.stripe.testHelpers.testClocks.advance(clock.id, {
      frozen_time: 1_800_000_000 + DAY,
    });
    expect(advancing.status).toBe("advancing");
    expect(await h.stripe.testHelpers.testClocks.retrieve(clock.id)).toMatchObject({
      status: "ready",
      frozen_time: 1_800_000_000 + DAY,
    });
    await expect(h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: 1 })).rejects.toMatchObject(
      { param: "frozen_time" },
    );
    expect((await h.stripe.testHelpers.testClocks.list()).data.map((x) => x.id)).toContain(clock.id);
    const customer = await h.stripe.customers.create({ test_clock: clock.id });
    expect(customer.created).toBe(1_800_000_000 + DAY);
    expect(await h.stripe.testHelpers.testClocks.del(clock.id)).toMatchObject({ deleted: true });
    expect(await h.stripe.customers.retrieve(customer.id)).toMatchObject({ deleted: true });
    const events = await h.stripe.events.list({ types: ["test_helpers.test_clock.ready"], limit: 5 });
    expect(events.data[0]?.type).toBe("test_helpers.test_clock.ready");
    expect((await h.stripe.events.retrieve(events.data[0]?.id ?? "")).id).toBe(events.data[0]?.id);
  });

  test("webhook endpoints", async () => {
    const endpoint = await h.stripe.webhookEndpoints.create({
      url: "http://127.0.0.1:9/none",
      enabled_events: ["*"],
    });
    expect((await h.stripe.webhookEndpoints.retrieve(endpoint.id)).url).toBe("http://127.0.0.1:9/none");
    expect(
      (await h.stripe.webhookEndpoints.update(endpoint.id, { description: "off", disabled: true })).status,
    ).toBe("disabled");
    expect((await h.stripe.webhookEndpoints.list()).data.map((x) => x.id)).toContain(endpoint.id);
    expect(await h.stripe.webhookEndpoints.del(endpoint.id)).toMatchObject({ deleted: true });
  });
});
