import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startHarness, startWebhookReceiver, waitFor, WEBHOOK_SECRET, type Harness } from "./harness";

interface Delivery {
  event_id: string;
  attempt: number;
  status: string;
  response_status: number | null;
  delivered_at: number;
  url: string;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.control("reset", {});
  h.receiver.received.length = 0;
  h.receiver.state.status = 200;
  h.receiver.state.holdMs = () => 0;
});
afterAll(async () => h.close());

async function deliveries(): Promise<Delivery[]> {
  return ((await (await h.control("deliveries")).json()) as { data: Delivery[] }).data;
}

function receivedEvents(): Stripe.Event[] {
  return h.receiver.received.map((r) =>
    h.stripe.webhooks.constructEvent(r.body, String(r.headers["stripe-signature"]), WEBHOOK_SECRET),
  );
}

describe("signed deliveries", () => {
  test("constructEvent accepts every delivery; the same events are readable at /v1/events", async () => {
    const customer = await h.stripe.customers.create({ email: "hook@example.com" });
    await h.idle();
    const events = receivedEvents();
    expect(events.map((e) => e.type)).toEqual(["customer.created"]);
    expect((events[0]?.data.object as Stripe.Customer).id).toBe(customer.id);
    const stored = await h.stripe.events.retrieve(events[0]?.id ?? "");
    expect(stored.type).toBe("customer.created");
    expect(stored.api_version).toBe("2026-10-28.endive");
    const header = String(h.receiver.received[0]?.headers["stripe-signature"]);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(() =>
      h.stripe.webhooks.constructEvent(h.receiver.received[0]?.body ?? "", header, "whsec_wrong"),
    ).toThrow();
    expect((await h.stripe.events.list({ type: "customer.*" })).data).toHaveLength(1);
  });
});

describe("retries", () => {
  test("non-2xx answers are retried with exponential backoff, then given up", async () => {
    await h.control("config", { retryBaseMs: 40, maxAttempts: 3 });
    h.receiver.state.status = 500;
    await h.stripe.customers.create();
    await h.idle();
    const log = await deliveries();
    expect(log.map((d) => [d.attempt, d.status, d.response_status])).toEqual([
      [1, "retry_scheduled", 500],
      [2, "retry_scheduled", 500],
      [3, "gave_up", 500],
    ]);
    const [a, b, c] = log.map((d) => d.delivered_at);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(35);
    expect((c ?? 0) - (b ?? 0)).toBeGreaterThanOrEqual(75);
  });

  test("a later attempt that succeeds ends the retries", async () => {
    await h.control("config", { retryBaseMs: 30, maxAttempts: 5 });
    h.receiver.state.status = 503;
    await h.stripe.customers.create();
    await waitFor("two refused attempts", async () => (await deliveries()).length >= 2);
    h.receiver.state.status = 200;
    await h.idle();
    const log = await deliveries();
    expect(log.at(-1)?.status).toBe("succeeded");
    expect(log.filter((d) => d.status === "succeeded")).toHaveLength(1);
  });

  test("an unreachable endpoint is logged as a failed attempt", async () => {
    const dead = await startWebhookReceiver();
    await dead.close();
    await h.control("config", { retryBaseMs: 10, maxAttempts: 2 });
    await h.control("webhook-endpoints", { url: dead.url });
    await h.stripe.customers.create();
    await h.idle();
    const failed = (await deliveries()).filter((d) => d.url === dead.url);
    expect(failed.map((d) => d.response_status)).toEqual([null, null]);
  });
});

describe("chaos switches", () => {
  test("without switches, a customer's events keep their order and a slow one holds up no other customer", async () => {
    const slow = await h.stripe.customers.create({ email: "slow@example.com" });
    await h.idle();
    h.receiver.received.length = 0;
    h.receiver.state.holdMs = (body) => (body.includes(slow.id) ? 400 : 0);
    await h.stripe.customers.update(slow.id, { name: "First" });
    await h.stripe.customers.update(slow.id, { name: "Second" });
    const other = await h.stripe.customers.create({ email: "other@example.com" });
    await h.idle();
    const seen = receivedEvents().map((e) => {
      const customer = e.data.object as Stripe.Customer;
      return `${customer.id === slow.id ? "slow" : customer.id === other.id ? "other" : "?"} ${customer.name ?? e.type}`;
    });
    // The other customer's event went out while the slow endpoint still held the first update.
    expect(seen).toEqual(["slow First", "other customer.created", "slow Second"]);
  });

  test("duplicateDeliveries sends every event twice", async () => {
    await h.control("config", { duplicateDeliveries: true });
    await h.stripe.customers.create();
    await h.stripe.products.create({ name: "Dup" });
    await h.idle();
    const ids = receivedEvents().map((e) => e.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(2);
  });

  test("shuffle changes the order of deliveries", async () => {
    await h.control("config", { shuffle: true });
    for (let i = 0; i < 25; i++) await h.stripe.products.create({ name: `P${i}` });
    await h.idle();
    const delivered = receivedEvents().map((e) => (e.data.object as Stripe.Product).name);
    expect(delivered).toHaveLength(25);
    expect(delivered).not.toEqual(Array.from({ length: 25 }, (_, i) => `P${i}`));
  });

  test("delayMs holds each delivery back", async () => {
    await h.control("config", { delayMs: 300 });
    const asked = Date.now();
    await h.stripe.customers.create();
    expect(h.receiver.received).toHaveLength(0);
    await h.idle();
    expect(h.receiver.received).toHaveLength(1);
    // A lower bound only: the delivery cannot have left before the delay, however slow the machine.
    const [delivered] = await deliveries();
    expect((delivered?.delivered_at ?? 0) - asked).toBeGreaterThanOrEqual(300);
  });

  test("config rejects unknown switches; reset turns everything off", async () => {
    expect((await h.control("config", { explode: true })).status).toBe(400);
    await h.control("config", { duplicateDeliveries: true, shuffle: true, delayMs: 10 });
    await h.control("reset", {});
    expect(await (await h.control("config")).json()).toMatchObject({
      duplicateDeliveries: false,
      shuffle: false,
      delayMs: 0,
    });
  });
});

describe("webhook endpoints API", () => {
  test("/v1/webhook_endpoints: own secret, enabled_events filter, delete stops delivery", async () => {
    const second = await startWebhookReceiver();
    try {
      const endpoint = await h.stripe.webhookEndpoints.create({
        url: second.url,
        enabled_events: ["product.created"],
      });
      expect(endpoint.secret).toMatch(/^whsec_/);
      expect((await h.stripe.webhookEndpoints.retrieve(endpoint.id)).secret).toBeUndefined();
      await h.stripe.customers.create();
      await h.stripe.products.create({ name: "Filtered" });
      await h.idle();
      expect(second.received).toHaveLength(1);
      const event = h.stripe.webhooks.constructEvent(
        second.received[0]?.body ?? "",
        String(second.received[0]?.headers["stripe-signature"]),
        endpoint.secret ?? "",
      );
      expect(event.type).toBe("product.created");
      expect((await h.stripe.webhookEndpoints.list()).data.map((e) => e.id)).toEqual([endpoint.id]);
      await h.stripe.webhookEndpoints.update(endpoint.id, { disabled: true });
      await h.stripe.products.create({ name: "Not delivered" });
      await h.idle();
      expect(second.received).toHaveLength(1);
      expect((await h.stripe.webhookEndpoints.del(endpoint.id)).deleted).toBe(true);
    } finally {
      await second.close();
    }
  });

  test("POST /_emulator/webhook-endpoints uses the configured secret", async () => {
    const third = await startWebhookReceiver();
    try {
      const answer = (await (await h.control("webhook-endpoints", { url: third.url })).json()) as {
        secret: string;
      };
      expect(answer.secret).toBe(WEBHOOK_SECRET);
      await h.stripe.customers.create();
      await h.idle();
      expect(
        h.stripe.webhooks.constructEvent(
          third.received[0]?.body ?? "",
          String(third.received[0]?.headers["stripe-signature"]),
          WEBHOOK_SECRET,
        ).type,
      ).toBe("customer.created");
    } finally {
      await third.close();
    }
  });
});
