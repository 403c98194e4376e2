import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { advance, checkoutWithTrial, createPlans, DAY, startHarness, type Harness } from "./harness";

// Requests real Stripe refuses, refused the same way (issue 12, point 4): status, type, code and param.

let h: Harness;
let plans: Awaited<ReturnType<typeof createPlans>>;
beforeAll(async () => {
  h = await startHarness();
  plans = await createPlans(h.stripe);
});
afterAll(async () => h.close());

const invalid = (statusCode: number, fields: Record<string, unknown> = {}) => ({
  type: "StripeInvalidRequestError",
  statusCode,
  ...fields,
});

describe("validation as Stripe", () => {
  test("an empty value for a parameter that cannot be unset is parameter_invalid_empty", async () => {
    await expect(h.stripe.customers.list({ email: "" })).rejects.toMatchObject(
      invalid(400, { code: "parameter_invalid_empty", param: "email" }),
    );
    await expect(
      h.stripe.checkout.sessions.create({ mode: "subscription", success_url: "", line_items: [] }),
    ).rejects.toMatchObject(invalid(400, { code: "parameter_invalid_empty" }));
    // Fields that can be unset still take "": metadata keys, a customer's email.
    const c = await h.stripe.customers.create({ email: "unset@example.com", metadata: { a: "1" } });
    const cleared = await h.stripe.customers.update(c.id, { email: "", metadata: { a: "" } });
    expect(cleared).toMatchObject({ email: null, metadata: {} });
  });

  test("an unknown id in a body field is 400 resource_missing naming it; in the URL it is 404", async () => {
    await expect(
      h.stripe.subscriptions.create({ customer: "cus_nope", items: [{ price: plans.monthly.id }] }),
    ).rejects.toMatchObject(invalid(400, { code: "resource_missing", param: "customer" }));
    const c = await h.stripe.customers.create();
    await expect(
      h.stripe.subscriptions.create({ customer: c.id, items: [{ price: "price_nope" }] }),
    ).rejects.toMatchObject(invalid(400, { code: "resource_missing", param: "items[0][price]" }));
    await expect(h.stripe.subscriptions.retrieve("sub_nope")).rejects.toMatchObject(
      invalid(404, { code: "resource_missing", param: "id" }),
    );
  });

  test("negative quantity or trial days are 400", async () => {
    const c = await h.stripe.customers.create();
    await expect(
      h.stripe.subscriptions.create({ customer: c.id, items: [{ price: plans.monthly.id, quantity: -1 }] }),
    ).rejects.toMatchObject(invalid(400, { param: "items[0][quantity]" }));
    await expect(
      h.stripe.subscriptions.create({
        customer: c.id,
        items: [{ price: plans.monthly.id }],
        trial_period_days: -3,
      }),
    ).rejects.toMatchObject(invalid(400, { param: "trial_period_days" }));
    await expect(
      h.stripe.checkout.sessions.create({
        mode: "subscription",
        success_url: "http://x.test",
        line_items: [{ price: plans.monthly.id, quantity: 1 }],
        subscription_data: { trial_period_days: 0 },
      }),
    ).rejects.toMatchObject(invalid(400, { param: "subscription_data[trial_period_days]" }));
    // Nothing half-made: no subscription for the refused requests.
    expect((await h.stripe.subscriptions.list({ customer: c.id, status: "all" })).data).toEqual([]);
  });

  test("expanding a field that is not expandable is 400 'This property cannot be expanded'", async () => {
    const c = await h.stripe.customers.create({ email: "x@example.com" });
    await expect(h.stripe.customers.retrieve(c.id, { expand: ["email"] })).rejects.toMatchObject(
      invalid(400, { param: "expand", message: "This property cannot be expanded (email)." }),
    );
  });

  test("updating a canceled subscription is 400 with Stripe's message and no code", async () => {
    const run = await checkoutWithTrial(h, plans);
    await h.stripe.subscriptions.cancel(run.subscription.id);
    const failure = (await h.stripe.subscriptions
      .update(run.subscription.id, { cancel_at_period_end: true })
      .catch((error: unknown) => error)) as Stripe.errors.StripeError;
    expect(failure).toMatchObject(
      invalid(400, {
        message: "A canceled subscription can only update its cancellation_details and metadata.",
      }),
    );
    expect(failure.code).toBeUndefined();
    // What a canceled subscription may still change.
    const noted = await h.stripe.subscriptions.update(run.subscription.id, {
      metadata: { note: "kept" },
      cancellation_details: { comment: "moved away" },
    });
    expect(noted.metadata).toEqual({ note: "kept" });
  });

  test("a test clock advance past two intervals of its shortest subscription is 400", async () => {
    const run = await checkoutWithTrial(h, plans);
    // The trial's item is monthly: two months from now is the limit.
    await expect(
      h.stripe.testHelpers.testClocks.advance(run.clock.id, { frozen_time: run.frozenTime + 70 * DAY }),
    ).rejects.toMatchObject(invalid(400, { param: "frozen_time" }));
    expect((await h.stripe.testHelpers.testClocks.retrieve(run.clock.id)).frozen_time).toBe(run.frozenTime);
    await advance(h, run.clock.id, run.frozenTime + 59 * DAY);
    // A clock with no subscription has no limit.
    const bare = await h.stripe.testHelpers.testClocks.create({ frozen_time: run.frozenTime });
    await advance(h, bare.id, run.frozenTime + 400 * DAY);
  });
});
