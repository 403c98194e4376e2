import { connect } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPlans, startHarness, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function raw(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.emulator.url}${path}`, {
    method,
    body,
    headers: {
      authorization: "Bearer sk_test_newsstand_emulator",
      "content-type": "application/x-www-form-urlencoded",
      ...headers,
    },
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as {
      error?: { type: string; code?: string; param?: string; message: string };
    } & Record<string, unknown>,
  };
}

describe("authentication", () => {
  test("a key that is not this emulator's is refused with 401, as Stripe does", async () => {
    const bad = new Stripe("sk_live_nope", {
      host: "127.0.0.1",
      port: h.emulator.port,
      protocol: "http",
      maxNetworkRetries: 0,
    });
    await expect(bad.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const none = await fetch(`${h.emulator.url}/v1/customers`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");
  });

  test("another account's test key gets 401 invalid_request_error naming the masked key", async () => {
    const other = await fetch(`${h.emulator.url}/v1/customers`, {
      headers: { authorization: "Bearer sk_test_someone_elses_key_1234" },
    });
    expect(other.status).toBe(401);
    expect(((await other.json()) as { error: { type: string; message: string } }).error).toEqual({
      type: "invalid_request_error",
      message: "Invalid API Key provided: sk_test_******************1234",
    });
  });

  test("its own key works, also as HTTP basic auth like curl -u", async () => {
    const basic = await fetch(`${h.emulator.url}/v1/customers`, {
      headers: { authorization: `Basic ${Buffer.from("sk_test_newsstand_emulator:").toString("base64")}` },
    });
    expect(basic.status).toBe(200);
  });

  test("apiKeys adds keys; the default one is then refused", async () => {
    const own = await startHarness({ apiKeys: ["sk_test_own_account"] });
    try {
      const auth = (key: string) =>
        fetch(`${own.emulator.url}/v1/customers`, { headers: { authorization: `Bearer ${key}` } });
      expect((await auth("sk_test_own_account")).status).toBe(200);
      expect((await auth("sk_test_newsstand_emulator")).status).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe("API versions", () => {
  test("the SDK's pinned version is accepted and echoed", async () => {
    const res = await raw("GET", "/v1/customers", undefined, { "stripe-version": "2026-10-28.endive" });
    expect(res.status).toBe(200);
    expect(res.headers.get("stripe-version")).toBe("2026-10-28.endive");
  });

  test.each(["2026-13-01", "2019-2-19", "2099-01-01.future", "latest", "2026-10-28.other"])(
    "an unknown Stripe-Version %s is 400 with Stripe's message",
    async (version) => {
      const res = await raw("GET", "/v1/customers", undefined, { "stripe-version": version });
      expect(res.status).toBe(400);
      expect(res.json.error).toEqual({
        type: "invalid_request_error",
        message: `Invalid Stripe API version: ${version}`,
      });
    },
  );

  test("an earlier real version is accepted (answered in this version's shapes)", async () => {
    const res = await raw("GET", "/v1/customers", undefined, { "stripe-version": "2025-03-31.basil" });
    expect(res.status).toBe(200);
  });
});

describe("form encoding and validation", () => {
  test("nested brackets are decoded (a[b][0][c])", async () => {
    const plans = await createPlans(h.stripe);
    const customer = await h.stripe.customers.create({ email: "wire@example.com" });
    const res = await raw(
      "POST",
      "/v1/checkout/sessions",
      `mode=subscription&customer=${customer.id}&line_items[0][price]=${plans.monthly.id}&line_items[0][quantity]=2&subscription_data[trial_settings][end_behavior][missing_payment_method]=pause&subscription_data[trial_period_days]=14&metadata[user]=u1`,
    );
    expect(res.status).toBe(200);
    expect(res.json.metadata).toEqual({ user: "u1" });
    expect(res.json.amount_total).toBe(0);
  });

  test("unknown parameter → 400 parameter_unknown naming it", async () => {
    const res = await raw("POST", "/v1/customers", "email=a@b.c&favourite_colour=blue");
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      type: "invalid_request_error",
      code: "parameter_unknown",
      param: "favourite_colour",
    });
    const nested = await raw("POST", "/v1/customers", "invoice_settings[colour]=x");
    expect(nested.json.error).toMatchObject({ code: "parameter_unknown", param: "invoice_settings[colour]" });
    const onGet = await raw("GET", "/v1/customers?colour=red");
    expect(onGet.json.error).toMatchObject({ code: "parameter_unknown", param: "colour" });
  });

  test("wrong type, missing field, unknown price are rejected like Stripe", async () => {
    const product = await h.stripe.products.create({ name: "Typed" });
    const wrongType = await raw("POST", "/v1/prices", `product=${product.id}&currency=gbp&unit_amount=lots`);
    expect(wrongType.json.error).toMatchObject({ code: "parameter_invalid_integer", param: "unit_amount" });
    await expect(
      h.stripe.prices.create({ product: product.id, unit_amount: 5 } as Stripe.PriceCreateParams),
    ).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "parameter_missing",
      param: "currency",
    });
    await expect(
      h.stripe.checkout.sessions.create({
        mode: "subscription",
        line_items: [{ price: "price_doesnotexist", quantity: 1 }],
        success_url: "http://x.test",
      }),
    ).rejects.toMatchObject({ statusCode: 400, code: "resource_missing", param: "line_items[0][price]" });
    const badEnum = await raw("POST", "/v1/checkout/sessions", "mode=sometimes");
    expect(badEnum.json.error?.message).toMatch(/must be one of/);
  });

  test("unit_amount_decimal is a string on the wire", async () => {
    const plans = await createPlans(h.stripe);
    const res = await raw("GET", `/v1/prices/${plans.annual.id}`);
    expect(res.json.unit_amount_decimal).toBe("9999");
  });

  test("ids carry Stripe's prefixes", async () => {
    const plans = await createPlans(h.stripe);
    expect(plans.product.id).toMatch(/^prod_[A-Za-z0-9]{24}$/);
    expect(plans.monthly.id).toMatch(/^price_/);
    expect((await h.stripe.customers.create()).id).toMatch(/^cus_/);
  });
});

describe("all or nothing", () => {
  test("a request that fails half-way leaves no trace, not even an event", async () => {
    await h.stripe.prices.create({
      currency: "gbp",
      unit_amount: 1,
      product_data: { name: "Holder" },
      lookup_key: "taken",
    });
    const products = (await h.stripe.products.list({ limit: 100 })).data.length;
    const events = (await h.stripe.events.list({ limit: 100 })).data.length;
    await expect(
      h.stripe.prices.create({
        currency: "gbp",
        unit_amount: 2,
        product_data: { name: "Orphan" },
        lookup_key: "taken",
      }),
    ).rejects.toMatchObject({ param: "lookup_key" });
    expect((await h.stripe.products.list({ limit: 100 })).data).toHaveLength(products);
    expect((await h.stripe.events.list({ limit: 100 })).data).toHaveLength(events);
    await h.idle();
    expect(h.receiver.received.some((r) => r.body.includes('"Orphan"'))).toBe(false);
  });
});

describe("idempotency", () => {
  test("same key and body → the same response; other body → idempotency_error", async () => {
    const first = await h.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "key-1" });
    const again = await h.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "key-1" });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    await expect(
      h.stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: "key-1" }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    const list = await h.stripe.customers.list({ email: "idem@example.com" });
    expect(list.data).toHaveLength(1);
  });
});

describe("expand", () => {
  test("nested paths, list paths, includable line_items", async () => {
    const plans = await createPlans(h.stripe);
    const customer = await h.stripe.customers.create({
      email: "expand@example.com",
      payment_method: "pm_card_visa",
    });
    const pms = await h.stripe.customers.listPaymentMethods(customer.id);
    await h.stripe.customers.update(customer.id, {
      invoice_settings: { default_payment_method: pms.data[0]?.id ?? "" },
    });
    const sub = await h.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: plans.monthly.id }],
    });
    const expanded = await h.stripe.subscriptions.retrieve(sub.id, {
      expand: ["customer", "latest_invoice", "items.data.price.product"],
    });
    expect((expanded.customer as Stripe.Customer).email).toBe("expand@example.com");
    expect((expanded.latest_invoice as Stripe.Invoice).object).toBe("invoice");
    expect((expanded.items.data[0]?.price.product as Stripe.Product).name).toBe("Newsstand membership");
    const list = await h.stripe.subscriptions.list({ customer: customer.id, expand: ["data.customer"] });
    expect((list.data[0]?.customer as Stripe.Customer).id).toBe(customer.id);
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: plans.annual.id, quantity: 1 }],
    });
    const withLines = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["line_items"] });
    expect(withLines.line_items?.data[0]?.price?.id).toBe(plans.annual.id);
    const res = await raw("GET", `/v1/subscriptions/${sub.id}?expand[]=status`);
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/cannot be expanded/);
  });
});

describe("pagination", () => {
  test("limit, starting_after, ending_before, has_more; newest first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await h.stripe.customers.create({ email: `page${i}@example.com`, metadata: { page: "yes" } })).id,
      );
    const newestFirst = [...ids].reverse();
    const first = await h.stripe.customers.list({ limit: 2 });
    expect(first.data.map((c) => c.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.has_more).toBe(true);
    const second = await h.stripe.customers.list({ limit: 2, starting_after: first.data[1]?.id });
    expect(second.data.map((c) => c.id)).toEqual(newestFirst.slice(2, 4));
    const back = await h.stripe.customers.list({ limit: 2, ending_before: second.data[0]?.id });
    expect(back.data.map((c) => c.id)).toEqual(newestFirst.slice(0, 2));
    const all = await h.stripe.customers.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    expect(all.map((c) => c.id).slice(0, 5)).toEqual(newestFirst);
    const tooMany = await raw("GET", "/v1/customers?limit=101");
    expect(tooMany.status).toBe(400);
  });
});

describe("bad input never breaks the service", () => {
  test("malformed body, huge body, wrong method, unknown id, unknown URL", async () => {
    const malformed = await raw("POST", "/v1/customers", "email=%zz");
    expect(malformed.status).toBe(400);
    expect(malformed.json.error?.type).toBe("invalid_request_error");
    const conflicting = await raw("POST", "/v1/customers", "metadata=x&metadata[a]=b");
    expect(conflicting.status).toBe(400);
    const huge = await raw("POST", "/v1/customers", `description=${"x".repeat(2 * 1024 * 1024)}`);
    expect(huge.status).toBe(413);
    expect(huge.json.error?.type).toBe("invalid_request_error");
    const wrongMethod = await raw("DELETE", "/v1/prices");
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.json.error?.message).toMatch(/Unrecognized request URL \(DELETE: \/v1\/prices\)/);
    await expect(h.stripe.customers.retrieve("cus_missing")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    });
    const unknown = await raw("GET", "/v1/charges/ch_1");
    expect(unknown.status).toBe(404);
    const deep = await raw("POST", "/v1/customers", `metadata${"[a]".repeat(20)}=1`);
    expect(deep.status).toBe(400);
    await new Promise<void>((resolve) => {
      // A client that promises a body and hangs up half-way.
      const socket = connect(h.emulator.port, "127.0.0.1", () => {
        // It hangs up once the half body has left (the write's callback), not after a guessed pause.
        socket.write(
          "POST /v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk_test_newsstand_emulator\r\nContent-Length: 1000\r\n\r\nemail=a",
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
    });
    const json = await raw("POST", "/v1/customers", '{"email":"json@example.com"}', {
      "content-type": "application/json",
    });
    expect(json.json.error).toMatchObject({ code: "parameter_unknown" });
    const health = await fetch(`${h.emulator.url}/health`);
    expect(await health.json()).toEqual({ ok: true });
    expect((await h.stripe.customers.create({ email: "still@example.com" })).email).toBe("still@example.com");
  });
});
