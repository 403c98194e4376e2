import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { advance, checkoutWithTrial, createPlans, DAY, startHarness, type Harness } from "./harness";

// Every resource the emulator returns, compared with Stripe's own example objects (spec v2436, kept in
// ../fixtures with Stripe's MIT notice, so the test needs nothing outside the repository):
// the same top-level keys with the same JSON types, apart from the differences listed below
// between that spec and the one stripe@23.1.0 (2026-10-28.endive, spec v2596) was built from.

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/stripe-examples.json");

const KNOWN_DIFFERENCES: Record<string, { onlyInFixture?: string[]; onlyInEmulator?: string[] }> = {
  // customer_account arrived with Accounts v2 and is in the SDK's Customer type, not in the v2436 example.
  customer: { onlyInEmulator: ["customer_account"] },
  // tax_details is new in the SDK's Product type.
  product: { onlyInEmulator: ["tax_details"] },
  // allowed_payment_method_types is new in the SDK's Checkout.Session type.
  "checkout.session": { onlyInEmulator: ["allowed_payment_method_types"] },
  // current_trial is new in the SDK's SubscriptionItem type.
  subscription_item: { onlyInEmulator: ["current_trial"] },
  // invoice.subscription is gone from the SDK's Invoice type: it lives at parent.subscription_details.subscription.
  invoice: { onlyInFixture: ["subscription"] },
  // allowed_payment_method_types is new in the SDK's SetupIntent type.
  setup_intent: { onlyInEmulator: ["allowed_payment_method_types"] },
  invoice_payment: {},
  // status_details is an optional field of the SDK's Subscription type, present while paused.
  "subscription (paused)": { onlyInEmulator: ["status_details"] },
  // invoice.upcoming carries an invoice that has no id yet (Stripe: "will not have an invoice ID").
  "invoice (upcoming)": { onlyInFixture: ["subscription", "id"] },
};

// Objects compared with the example of another name.
const FIXTURE_OF: Record<string, string> = {
  "subscription (paused)": "subscription",
  "invoice (upcoming)": "invoice",
};

type Json = Record<string, unknown>;
const jsonKind = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function compareShape(name: string, ours: Json, theirs: Json) {
  const known = KNOWN_DIFFERENCES[name] ?? {};
  const missing = Object.keys(theirs).filter((k) => !(k in ours) && !known.onlyInFixture?.includes(k));
  const extra = Object.keys(ours).filter((k) => !(k in theirs) && !known.onlyInEmulator?.includes(k));
  // null stands for "nullable": only two non-null values must agree on their JSON type.
  const typeMismatches = Object.keys(theirs)
    .filter(
      (k) => k in ours && ours[k] !== null && theirs[k] !== null && jsonKind(ours[k]) !== jsonKind(theirs[k]),
    )
    .map((k) => `${k}: fixture ${jsonKind(theirs[k])}, emulator ${jsonKind(ours[k])}`);
  return { missing, extra, typeMismatches };
}

let h: Harness;
const objects: Record<string, Json> = {};
const fixtures = (JSON.parse(readFileSync(FIXTURES, "utf8")) as { resources: Record<string, Json> })
  .resources;

beforeAll(async () => {
  h = await startHarness();
  const plans = await createPlans(h.stripe);
  const run = await checkoutWithTrial(h, plans);
  await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
  const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
  const invoice = await h.stripe.invoices.retrieve(String(sub.latest_invoice));
  const paused = await checkoutWithTrial(h, plans, { card: null, missing: "pause" });
  await advance(h, paused.clock.id, paused.frozenTime + 15 * DAY);
  const invoiceWithPayments = await h.stripe.invoices.retrieve(String(sub.latest_invoice), {
    expand: ["payments"],
  });
  const portal = await h.stripe.billingPortal.sessions.create({
    customer: run.customer.id,
    return_url: "http://app.test/account",
  });
  const found = {
    customer: await h.stripe.customers.retrieve(run.customer.id),
    price: plans.monthly,
    product: plans.product,
    "checkout.session": run.session,
    subscription: sub,
    subscription_item: await h.stripe.subscriptionItems.retrieve(sub.items.data[0]?.id ?? ""),
    invoice,
    payment_method: await h.stripe.paymentMethods.retrieve(String(sub.default_payment_method)),
    event: (await h.stripe.events.list({ limit: 1 })).data[0],
    "billing_portal.session": portal,
    "billing_portal.configuration": await h.stripe.billingPortal.configurations.retrieve(
      String(portal.configuration),
    ),
    "test_helpers.test_clock": await h.stripe.testHelpers.testClocks.retrieve(run.clock.id),
    setup_intent: await h.stripe.setupIntents.retrieve(String(run.session.setup_intent)),
    invoice_payment: invoiceWithPayments.payments?.data[0],
    "subscription (paused)": await h.stripe.subscriptions.retrieve(paused.subscription.id),
    "invoice (upcoming)": (await h.stripe.events.list({ type: "invoice.upcoming", limit: 1 })).data[0]?.data
      .object,
  };
  for (const [name, value] of Object.entries(found))
    objects[name] = JSON.parse(JSON.stringify(value)) as Json;
});
afterAll(async () => h.close());

describe("emulator objects match Stripe's example objects", () => {
  test.each(
    Object.keys(KNOWN_DIFFERENCES).concat([
      "price",
      "payment_method",
      "event",
      "billing_portal.session",
      "billing_portal.configuration",
      "test_helpers.test_clock",
    ]),
  )("%s", (name) => {
    const ours = objects[name];
    const theirs = fixtures[FIXTURE_OF[name] ?? name];
    expect(ours, `emulator ${name}`).toBeDefined();
    expect(theirs, `fixture ${name}`).toBeDefined();
    expect(ours?.object).toBe(theirs?.object);
    expect(compareShape(name, ours ?? {}, theirs ?? {})).toEqual({
      missing: [],
      extra: [],
      typeMismatches: [],
    });
  });

  test("nested: the price inside a subscription item, an invoice line", () => {
    const item = (objects.subscription?.items as { data: Json[] }).data[0] ?? {};
    const fixtureItem = (fixtures.subscription?.items as { data: Json[] }).data[0] ?? {};
    expect(compareShape("subscription_item", item, fixtureItem)).toEqual({
      missing: [],
      extra: [],
      typeMismatches: [],
    });
    expect(compareShape("price", item.price as Json, fixtureItem.price as Json)).toEqual({
      missing: [],
      extra: [],
      typeMismatches: [],
    });
    const line = (objects.invoice?.lines as { data: Json[] }).data[0] ?? {};
    const fixtureLine = (fixtures.invoice?.lines as { data: Json[] }).data[0] ?? {};
    expect(compareShape("line_item", line, fixtureLine)).toEqual({
      missing: [],
      extra: [],
      typeMismatches: [],
    });
  });

  test("shape facts of this API version", () => {
    const sub = objects.subscription ?? {};
    expect(sub).not.toHaveProperty("current_period_end");
    const item = (sub.items as { data: Json[] }).data[0] ?? {};
    expect(typeof item.current_period_end).toBe("number");
    expect(((objects.invoice?.parent as Json).subscription_details as Json).subscription).toBe(sub.id);
    expect(typeof objects.price?.unit_amount_decimal).toBe("string");
    expect(objects.price?.unit_amount_decimal).toBe("999");
  });
});
