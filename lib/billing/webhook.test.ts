import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, stripeEvents, users } from "@/lib/db/schema";
import { countRows, selectRowsWhere } from "@/lib/db/testing/rows";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import {
  buildStripeEvent,
  createCustomerUser,
  createStoredMember,
  signStripePayload,
} from "@/lib/testing/factories/billing";
import { createUser } from "@/lib/testing/factories/accounts";
import { startCheckout } from "./checkout";
import { cancelAtPeriodEnd } from "./manage";
import { getMembershipOverview } from "./overview";
import { PaymentsUnavailableError } from "./errors";
import { createStripeClient, EMULATOR_SECRET_KEY, setStripe } from "./stripe-client";
import { handleStripeWebhook } from "./webhook";

// The webhook's refusals and faults, with Stripe unreachable (a closed port): nothing here may change the database.

const SECRET = "whsec_webhook_test";
setUpTestDatabase();

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function deliver(event: object, secret = SECRET) {
  const payload = JSON.stringify(event);
  return handleStripeWebhook(payload, signStripePayload(payload, secret));
}

async function countStored() {
  return { events: await countRows(stripeEvents), memberships: await countRows(memberships) };
}

const subscriptionObject = (customer: string) => ({
  id: "sub_test_faults",
  object: "subscription",
  customer,
  status: "active",
  metadata: {},
  items: { object: "list", data: [] },
});

describe("stripe webhook refusals and faults", () => {
  beforeAll(async () => {
    const port = await closedPort();
    setStripe(
      createStripeClient({ secretKey: EMULATOR_SECRET_KEY, host: "127.0.0.1", port, protocol: "http" }),
      SECRET,
    );
  });
  afterAll(() => setStripe(createStripeClient()));

  it("answers 400 to a missing or bad signature and records nothing", async () => {
    const event = buildStripeEvent("customer.subscription.updated", subscriptionObject("cus_x"));
    const payload = JSON.stringify(event);
    expect((await handleStripeWebhook(payload, null)).status).toBe(400);
    expect((await handleStripeWebhook(payload, signStripePayload(payload, "whsec_wrong"))).status).toBe(400);
    // Signed correctly, then tampered with.
    const tampered = payload.replace("cus_x", "cus_y");
    expect((await handleStripeWebhook(tampered, signStripePayload(payload, SECRET))).status).toBe(400);
    // Signed long ago (replayed).
    const old = signStripePayload(payload, SECRET, new Date(Date.now() - 3_600_000));
    expect((await handleStripeWebhook(payload, old)).status).toBe(400);
    expect(await countStored()).toEqual({ events: 0, memberships: 0 });
  });

  it("acknowledges an event type it doesn't handle and ignores it", async () => {
    const outcome = await deliver(buildStripeEvent("customer.created", { id: "cus_1", object: "customer" }));
    expect(outcome.status).toBe(200);
    expect(outcome.body.note).toBe("ignored");
    expect(await countStored()).toEqual({ events: 0, memberships: 0 });
  });

  it("acknowledges an expired Checkout Session (no subscription) without granting anything", async () => {
    const session = {
      id: "cs_test_expired",
      object: "checkout.session",
      mode: "subscription",
      status: "expired",
      payment_status: "unpaid",
      customer: "cus_x",
      subscription: null,
      client_reference_id: "1",
      url: null,
    };
    const outcome = await deliver(buildStripeEvent("checkout.session.expired", session));
    expect(outcome.status).toBe(200);
    expect(outcome.body.received).toBe(true);
    expect(await countStored()).toEqual({ events: 0, memberships: 0 });
  });

  it("answers 5xx for an unknown customer so Stripe retries, without recording the event", async () => {
    const outcome = await deliver(
      buildStripeEvent("customer.subscription.updated", subscriptionObject("cus_nobody")),
    );
    expect(outcome.status).toBe(500);
    expect(await countStored()).toEqual({ events: 0, memberships: 0 });
  });

  it("answers 5xx when Stripe is unreachable, leaving the event to be retried", async () => {
    await createCustomerUser("cus_known_but_offline");
    const event = buildStripeEvent(
      "customer.subscription.updated",
      subscriptionObject("cus_known_but_offline"),
    );
    const outcome = await deliver(event);
    expect(outcome.status).toBe(503);
    const [row] = await selectRowsWhere(stripeEvents, stripeEvents.id, event.id);
    expect(row?.processedAt ?? null).toBeNull();
    expect((await countStored()).memberships).toBe(0);
  });

  it("refuses to start a checkout when Stripe is unreachable, with a clear message and nothing written", async () => {
    const { user } = await createUser();
    const attempt = startCheckout({ userId: user.id, plan: "monthly", origin: "http://localhost:3000" });
    await expect(attempt).rejects.toBeInstanceOf(PaymentsUnavailableError);
    await expect(attempt).rejects.toThrow(/couldn't reach our payment provider/);
    const [row] = await selectRowsWhere(users, users.id, user.id);
    expect(row?.stripeCustomerId).toBeNull();
    expect(row?.trialStartedAt).toBeNull();
  });

  it("shows what the database knows on the membership page when Stripe is unreachable", async () => {
    const { user } = await createStoredMember("cus_offline_page", "sub_offline_page", {
      plan: "annual",
      status: "trialing",
      trialEnd: new Date(Date.now() + 5 * 86_400_000),
    });
    const overview = await getMembershipOverview(user);
    expect(overview.stripe).toBe("unavailable");
    expect(overview.membership).toMatchObject({ plan: "annual", status: "trialing" });
    await expect(cancelAtPeriodEnd(user.id)).rejects.toBeInstanceOf(PaymentsUnavailableError);
    const [row] = await selectRowsWhere(memberships, memberships.userId, user.id);
    expect(row?.cancelAtPeriodEnd).toBe(false);
  });
});
