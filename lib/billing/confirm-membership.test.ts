import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/emulators/stripe/src/index";
import { findCurrentMembership, insertMembership } from "@/lib/db/queries/memberships";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { forgetStripeProducts } from "./stripe-products";
import { confirmMembership } from "./confirm-membership";
import { canRead } from "./entitlements";
import { createStripeClient, EMULATOR_SECRET_KEY, getStripe, setStripe } from "./stripe-client";
import { addCard, advance, startTrialFor, type Reader } from "./testing/scenario";

// Issue 10 point 3: no webhook reaches us here (the emulator has no endpoint), as when every one was missed.
// A row past its end plus the grace is re-read from Stripe before a body is served.

let emulator: { url: string; port: number; close: () => Promise<void> };
const HOUR = 3_600_000;
const reader = { id: "u", role: "reader" as const };

const clientAt = (port: number) =>
  createStripeClient({ secretKey: EMULATOR_SECRET_KEY, host: "127.0.0.1", port, protocol: "http" });

/** The row as it was stored when the trial began, and never again: its trial ended two hours ago. */
async function staleTrialRow(r: Reader) {
  const ended = new Date(Date.now() - 2 * HOUR);
  return insertMembership({
    userId: r.userId,
    stripeCustomerId: r.customerId,
    stripeSubscriptionId: r.subscriptionId,
    plan: "monthly",
    status: "trialing",
    trialEnd: ended,
    currentPeriodEnd: ended,
    updatedAt: new Date(Date.now() - 14 * 24 * HOUR),
  });
}

describe("a membership past its end with every webhook missed", () => {
  setUpTestDatabase();
  beforeAll(async () => {
    emulator = await startStripeEmulator({ port: 0, webhookEndpoints: [], webhookSecret: "whsec_unused" });
    setStripe(clientAt(emulator.port), "whsec_unused");
    forgetStripeProducts();
  });
  afterAll(async () => emulator?.close());

  it("stops reading when Stripe says the trial ended without a card (paused)", async () => {
    const r = await startTrialFor("missed-pause");
    await advance(r, 15);
    const stale = await staleTrialRow(r);
    expect(canRead(reader, stale, new Date())).toEqual({ allowed: false, reason: "unconfirmed" });
    const fresh = await confirmMembership(stale);
    expect(fresh.status).toBe("paused");
    expect(canRead(reader, fresh, new Date())).toMatchObject({ allowed: false, reason: "ended" });
    const stored = await findCurrentMembership(r.userId);
    expect(stored?.status).toBe("paused");
  });

  it("keeps reading when Stripe says the membership carried on (card charged)", async () => {
    const r = await startTrialFor("missed-paid");
    await addCard(r, "pm_card_visa");
    await advance(r, 15);
    const fresh = await confirmMembership(await staleTrialRow(r));
    expect(fresh.status).toBe("active");
    expect(canRead(reader, fresh, new Date())).toEqual({ allowed: true, reason: "active" });
  });

  it("serves no body when Stripe cannot be reached, and says so (documented: fail closed)", async () => {
    const r = await startTrialFor("missed-unreachable");
    const stale = await staleTrialRow(r);
    const live = getStripe();
    setStripe(clientAt(1), "whsec_unused"); // nothing listens on port 1
    try {
      const answer = await confirmMembership(stale);
      expect(answer).toEqual(stale);
      expect(canRead(reader, answer, new Date())).toEqual({ allowed: false, reason: "unconfirmed" });
    } finally {
      setStripe(live, "whsec_unused");
    }
  });
});
