import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeEmulator, type RunningStripeEmulator } from "@/emulators/stripe/src/index";
import { listMemberships } from "@/lib/db/queries/billing";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { forgetStripeProducts } from "./stripe-products";
import { cancelAtPeriodEnd, switchPlan } from "./manage";
import { createStripeClient, getStripe, pointStripeAtEmulator, setStripe } from "./stripe-client";
import { syncSubscription } from "./sync";
import { startTrialFor } from "./testing/scenario";

// A subscription Stripe has ended while our row still says trialing (its webhook never came): Stripe
// answers a change with a 400 that has no code. The buttons must not fail; the row catches up instead.

setUpTestDatabase();
let emulator: RunningStripeEmulator;

beforeAll(async () => {
  emulator = await startStripeEmulator({ port: 0 }); // no webhook endpoint: every event is "missed"
  pointStripeAtEmulator(emulator);
  forgetStripeProducts();
});
afterAll(async () => {
  await emulator.close();
  setStripe(createStripeClient());
});

describe("changing a membership Stripe has already ended", () => {
  it.each([
    ["cancel at period end", (userId: string) => cancelAtPeriodEnd(userId)],
    ["switch plan", (userId: string) => switchPlan(userId, "annual")],
  ])("%s answers not-found and the row now says canceled", async (_, act) => {
    const reader = await startTrialFor(`ended-${Math.random().toString(36).slice(2, 8)}`);
    await syncSubscription({ subscriptionId: reader.subscriptionId, customerId: reader.customerId });
    await getStripe().subscriptions.cancel(reader.subscriptionId);
    expect((await listMemberships(reader.userId))[0]?.status).toBe("trialing");

    await expect(act(reader.userId)).resolves.toEqual({ ok: false, code: "not-found" });
    expect((await listMemberships(reader.userId))[0]?.status).toBe("canceled");
  });
});
