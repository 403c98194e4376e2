import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BillingUser } from "@/lib/db/queries/billing";
import { listOutboxEmails } from "@/lib/db/queries/outbox-emails";
import type { Membership } from "@/lib/db/schema";
import { buildStripeEvent, signStripePayload } from "@/lib/testing/factories/billing";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { transitionMails } from "./membership-mails";
import { syncSubscription } from "./sync";
import { startEmulatedStripe } from "./testing/emulated-stripe";
import { startTrialFor } from "./testing/scenario";
import { handleStripeWebhook } from "./webhook";

// Issue 10 point 6: a mail for every membership change, chosen from the rows before and after a sync.

const user: BillingUser = {
  id: "u1",
  email: "reader@example.test",
  name: null,
  stripeCustomerId: "cus_1",
  trialStartedAt: null,
};
const dec14 = new Date("2026-12-14T10:00:00Z");
const base: Membership = {
  id: 1,
  userId: "u1",
  stripeCustomerId: "cus_1",
  stripeSubscriptionId: "sub_1",
  stripePriceId: "price_m",
  plan: "monthly",
  status: "active",
  trialEnd: null,
  currentPeriodEnd: dec14,
  cancelAtPeriodEnd: false,
  cancelAt: null,
  canceledAt: null,
  pastDueSince: null,
  paymentMethodId: "pm_1",
  createdAt: new Date(),
  updatedAt: new Date(),
};
const trial: Membership = { ...base, status: "trialing", trialEnd: dec14, paymentMethodId: null };

const subjects = (previous: Membership | null, current: Membership | null) =>
  transitionMails({ user, previous, current }).map((m) => m.subject);
const texts = (previous: Membership | null, current: Membership | null) =>
  transitionMails({ user, previous, current }).map((m) => m.text);

describe("transitionMails", () => {
  it("sends nothing when nothing changed", () => {
    expect(subjects(base, { ...base })).toEqual([]);
    expect(subjects(trial, { ...trial })).toEqual([]);
  });

  it("confirms a plan switch", () => {
    expect(subjects(base, { ...base, plan: "annual" })).toEqual(["Your plan is now annual"]);
  });

  it("confirms a cancellation in the words of a trial, or of a paid membership, with the date", () => {
    const [trialText] = texts(trial, { ...trial, cancelAtPeriodEnd: true });
    expect(trialText).toContain("Your free trial ends on 14 December 2026 and you won't be charged.");
    const [paidText] = texts(base, { ...base, cancelAtPeriodEnd: true });
    expect(paidText).toContain("Your membership ends on 14 December 2026 and you won't be charged again.");
  });

  it("confirms an undone cancellation, and a paused trial running again", () => {
    expect(subjects({ ...base, cancelAtPeriodEnd: true }, base)).toEqual([
      "Your Newsstand membership carries on",
    ]);
    expect(subjects({ ...base, status: "paused" }, base)).toContain("Your Newsstand membership carries on");
  });

  it("confirms a card added to a card-less trial, or replaced", () => {
    expect(subjects(trial, { ...trial, paymentMethodId: "pm_2" })).toEqual([
      "Your card for Newsstand has been saved",
    ]);
    expect(subjects(base, { ...base, paymentMethodId: "pm_2" })).toEqual([
      "Your card for Newsstand has been saved",
    ]);
    // A row from before cards were recorded is not news for a running paid membership.
    expect(subjects({ ...base, paymentMethodId: null }, base)).toEqual([]);
  });

  it("says the card was declined only when the membership became past due", () => {
    expect(subjects(base, { ...base, status: "past_due" })).toEqual([
      "Your Newsstand payment didn't go through",
    ]);
    expect(subjects({ ...base, status: "past_due" }, { ...base, status: "past_due" })).toEqual([]);
  });
});

describe("a validly signed but misleading event", () => {
  const SECRET = "whsec_mails_test";
  setUpTestDatabase();
  let emulator: { port: number; close: () => Promise<void> };
  beforeAll(async () => {
    emulator = await startEmulatedStripe([], SECRET);
  });
  afterAll(async () => emulator?.close());

  it("invoice.payment_failed for a trial with no card mails nothing: the sync saw no change", async () => {
    const r = await startTrialFor("misled");
    await syncSubscription({ subscriptionId: r.subscriptionId, customerId: r.customerId });
    const event = buildStripeEvent("invoice.payment_failed", {
      object: "invoice",
      id: "in_forged",
      customer: r.customerId,
      status: "open",
      parent: { type: "subscription_details", subscription_details: { subscription: r.subscriptionId } },
    });
    const payload = JSON.stringify(event);
    const outcome = await handleStripeWebhook(payload, signStripePayload(payload, SECRET));
    expect(outcome.status).toBe(200);
    const mails = (await listOutboxEmails(100)).filter((m) => m.to === r.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Your free trial has started/)]);
  });
});
