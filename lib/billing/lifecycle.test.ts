import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { memberships, outboxEmails, stripeEvents, users } from "@/lib/db/schema";
import { createUser } from "@/lib/testing/factories/accounts";
import { createStoredMember, signStripePayload } from "@/lib/testing/factories/billing";
import { selectAllRows, selectRowsWhere } from "@/lib/db/testing/rows";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { cancelMembershipForDeletedUser } from "./account-deletion";
import { isTrialEligible, startCheckout } from "./checkout";
import { completeCheckout } from "./checkout-success";
import { formatDate } from "./plans";
import { cancelAtPeriodEnd, resumePaused, switchPlan, undoCancel } from "./manage";
import { timeFrameOf, toMembershipFields } from "./membership-fields";
import { getMembershipOverview } from "./overview";
import { getStripe } from "./stripe-client";
import { startEmulatedStripe } from "./testing/emulated-stripe";
import { sendDueTrialReminders } from "./trial-reminders";
import { addCard, advance, listAllEvents as allEvents, startTrialFor, type Reader } from "./testing/scenario";
import { startWebhookReceiver, type WebhookReceiver } from "./testing/webhook-receiver";
import { HANDLED_EVENTS, handleStripeWebhook } from "./webhook";

const handled = new Set<string>(HANDLED_EVENTS);

// A whole membership lifecycle against the in-process emulator, through the real SDK and the real
// webhook handler, with every event delivered twice, shuffled and late. Afterwards the memberships
// table must equal what Stripe says, and each mail must have gone out exactly once.

const SECRET = "whsec_lifecycle_test";
setUpTestDatabase();
let emulator: { url: string; port: number; close: () => Promise<void> };
let receiver: WebhookReceiver;

async function control(path: string, body?: object): Promise<unknown> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok, `${path} answered ${response.status}`).toBe(true);
  return response.json();
}

/** Waits until every event Stripe has sent is processed here (deliveries are delayed and shuffled). */
async function settle(): Promise<void> {
  await expect
    .poll(
      async () => {
        const ids = new Set((await allEvents()).filter((e) => handled.has(e.type)).map((e) => e.id));
        const processed = await selectAllRows(stripeEvents);
        const done = processed.filter((p) => p.processedAt !== null && ids.has(p.id)).length;
        return ids.size - done;
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe(0);
}

async function expectMirrorsStripe(reader: Reader): Promise<void> {
  const stripe = getStripe();
  const rows = await selectRowsWhere(memberships, memberships.userId, reader.userId);
  const subs = await stripe.subscriptions.list({
    customer: reader.customerId,
    status: "all",
    expand: ["data.latest_invoice"],
  });
  const clock = await stripe.testHelpers.testClocks.retrieve(reader.clockId);
  expect(rows).toHaveLength(subs.data.length);
  for (const sub of subs.data) {
    const row = rows.find((r) => r.stripeSubscriptionId === sub.id);
    expect(row, `row for ${sub.id}`).toBeDefined();
    expect(row).toMatchObject({ ...toMembershipFields(sub, timeFrameOf(clock)), userId: reader.userId });
  }
}

/** The user columns the membership page passes in. */
function ownerOf(reader: Reader) {
  return { id: reader.userId, stripeCustomerId: reader.customerId };
}

async function mailsTo(email: string): Promise<string[]> {
  const rows = await selectRowsWhere(outboxEmails, outboxEmails.to, email);
  return rows.map((r) => r.subject).sort();
}

describe("membership lifecycle against the emulator", () => {
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    emulator = await startEmulatedStripe([receiver.url], SECRET);
    await control("/_emulator/config", { duplicateDeliveries: true, shuffle: true, delayMs: 150 });
  });
  afterAll(async () => {
    await emulator?.close();
    await receiver?.close();
  });

  it("ends in Stripe's state with each mail sent once", async () => {
    const trialEnd = formatDate(new Date(Date.now() + 14 * 86_400_000));
    const inThreeDays = formatDate(new Date(Date.now() + 3 * 86_400_000));
    const carded = await startTrialFor("carded");
    const declined = await startTrialFor("declined");
    const cardless = await startTrialFor("cardless");
    const switcher = await startTrialFor("switcher");
    await settle(); // the trials are stored before the cards come, so each card is a change the syncs see
    await addCard(carded, "pm_card_visa");
    await addCard(switcher, "pm_card_visa");
    await addCard(declined, "pm_card_chargeCustomerFail");
    // Real time never jumps 11 days between two deliveries; the clocks here would, so let deliveries land first.
    await settle();

    for (const reader of [carded, declined, cardless, switcher]) await advance(reader, 11); // trial_will_end
    await settle();
    // The reminder is the job engine's (the webhook only queues the job): two instances run it at once.
    await Promise.all([sendDueTrialReminders(), sendDueTrialReminders()]);
    for (const reader of [carded, declined, cardless, switcher]) await advance(reader, 4); // trial over
    await settle();
    expect(await switchPlan(switcher.userId, "annual")).toEqual({ ok: true });
    expect(await cancelAtPeriodEnd(switcher.userId)).toEqual({ ok: true });
    expect(
      (await selectRowsWhere(memberships, memberships.userId, switcher.userId))[0]?.cancelAtPeriodEnd,
    ).toBe(true);
    expect(await undoCancel(switcher.userId)).toEqual({ ok: true });
    expect(await cancelAtPeriodEnd(carded.userId)).toEqual({ ok: true });
    await settle();
    await advance(carded, 31); // past the paid period: deleted
    await settle();

    const statusOf = async (r: Reader) =>
      (await selectRowsWhere(memberships, memberships.stripeSubscriptionId, r.subscriptionId))[0];
    expect((await statusOf(carded))?.status).toBe("canceled");
    expect((await statusOf(declined))?.status).toBe("past_due");
    expect((await statusOf(declined))?.pastDueSince).not.toBeNull();
    expect((await statusOf(cardless))?.status).toBe("paused");
    expect(await statusOf(switcher)).toMatchObject({
      status: "active",
      plan: "annual",
      cancelAtPeriodEnd: false,
    });
    for (const reader of [carded, declined, cardless, switcher]) await expectMirrorsStripe(reader);
    const deliveredHandled = (await allEvents()).filter((e) => handled.has(e.type)).length;
    expect(receiver.statuses.length).toBeGreaterThanOrEqual(2 * deliveredHandled);
    expect(receiver.statuses.every((s) => s === 200)).toBe(true);

    // Exactly once, though every event came twice.
    // Dates of a customer on a test clock are shown on the wall clock: 11 days on, the trial ends in 3 days.
    const trialMails = [
      `Your free trial ends on ${inThreeDays}`,
      `Your free trial has started — free until ${trialEnd}`,
    ];
    // Every change the syncs observed, whoever stored it first (webhook or button), mailed once.
    const card = "Your card for Newsstand has been saved";
    expect(await mailsTo(carded.email)).toEqual(
      [...trialMails, card, "Your membership is cancelled", "Your Newsstand membership has ended"].sort(),
    );
    expect(await mailsTo(declined.email)).toEqual(
      [...trialMails, card, "Your Newsstand payment didn't go through"].sort(),
    );
    expect(await mailsTo(cardless.email)).toEqual([...trialMails, "Your free trial has ended"].sort());
    expect(await mailsTo(switcher.email)).toEqual(
      [
        ...trialMails,
        card,
        "Your plan is now annual",
        "Your membership is cancelled",
        "Your Newsstand membership carries on",
      ].sort(),
    );
  }, 120_000); // four clocks through a whole lifecycle with doubled, shuffled, late deliveries

  it("starts a trial through Checkout without a card; the return page and the webhooks agree", async () => {
    const { user } = await createUser({ email: "checkout@example.test" });
    const abandoned = await startCheckout({
      userId: user.id,
      plan: "monthly",
      origin: "http://localhost:3000",
    });
    const start = await startCheckout({
      userId: user.id,
      plan: "annual",
      returnTo: "/articles/a-story",
      origin: "http://localhost:3000",
    });
    if (abandoned.kind !== "checkout") throw new Error("expected a checkout");
    // Only the newest checkout can start the one trial: the one left open in another tab is expired.
    const stale = await fetch(abandoned.url, {
      method: "POST",
      body: new URLSearchParams({}),
      redirect: "manual",
    });
    expect(stale.status).not.toBe(303);
    const staleId = new URL(abandoned.url).pathname.split("/").at(-1) ?? "";
    expect((await getStripe().checkout.sessions.retrieve(staleId)).status).toBe("expired");
    if (start.kind !== "checkout") throw new Error("expected a checkout");
    const hosted = await fetch(start.url, {
      method: "POST",
      body: new URLSearchParams({}),
      redirect: "manual",
    });
    expect(hosted.status).toBe(303);
    const back = new URL(hosted.headers.get("location") ?? "");
    expect(back.pathname).toBe("/checkout/success");
    expect(back.searchParams.get("returnTo")).toBe("/articles/a-story");
    expect(await completeCheckout(back.searchParams.get("session_id") ?? "", user.id)).toBe("synced");
    await settle();

    const [row] = await selectRowsWhere(memberships, memberships.userId, user.id);
    expect(row).toMatchObject({ status: "trialing", plan: "annual", cancelAtPeriodEnd: false });
    const [stored] = await selectRowsWhere(users, users.id, user.id);
    expect(stored?.stripeCustomerId).toBe(row?.stripeCustomerId);
    expect(stored?.trialStartedAt).not.toBeNull();
    expect(await mailsTo(user.email)).toEqual([expect.stringMatching(/^Your free trial has started/)]);

    // A live member is sent to their membership page; the one trial is spent.
    expect(
      await startCheckout({ userId: user.id, plan: "monthly", origin: "http://localhost:3000" }),
    ).toEqual({
      kind: "already-member",
      url: "/account/membership",
    });
    expect(isTrialEligible(stored ?? { trialStartedAt: null })).toBe(false);
  });

  it("grants one trial when two checkouts start at the same instant", async () => {
    const { user } = await createUser({ email: "twice@example.test" });
    const origin = "http://localhost:3000";
    const starts = await Promise.all([
      startCheckout({ userId: user.id, plan: "monthly", origin }),
      startCheckout({ userId: user.id, plan: "annual", origin }),
    ]);
    const completed: string[] = [];
    for (const start of starts) {
      if (start.kind !== "checkout") throw new Error("expected a checkout");
      const hosted = await fetch(start.url, {
        method: "POST",
        body: new URLSearchParams({}),
        redirect: "manual",
      });
      if (hosted.status === 303) completed.push(start.url);
    }
    expect(completed).toHaveLength(1);
    const [stored] = await selectRowsWhere(users, users.id, user.id);
    const subs = await getStripe().subscriptions.list({
      customer: stored?.stripeCustomerId ?? "",
      status: "all",
    });
    expect(subs.data.map((sub) => sub.status)).toEqual(["trialing"]);
  });

  it("grants no second trial to a checkout started before the first one's webhook has arrived", async () => {
    await control("/_emulator/config", { delayMs: 5_000 }); // the first checkout's events are still on their way
    try {
      const { user } = await createUser({ email: "again@example.test" });
      const origin = "http://localhost:3000";
      const first = await startCheckout({ userId: user.id, plan: "monthly", origin });
      if (first.kind !== "checkout") throw new Error("expected a checkout");
      expect(
        (await fetch(first.url, { method: "POST", body: new URLSearchParams({}), redirect: "manual" }))
          .status,
      ).toBe(303);
      // Nothing recorded here yet: no membership row, trial_started_at still empty.
      expect(await selectRowsWhere(memberships, memberships.userId, user.id)).toEqual([]);
      const second = await startCheckout({ userId: user.id, plan: "annual", origin });
      if (second.kind !== "checkout") throw new Error("expected a checkout");
      const sessionId = new URL(second.url).pathname.split("/").at(-1) ?? "";
      const session = await getStripe().checkout.sessions.retrieve(sessionId);
      expect(session.payment_method_collection).toBe("always"); // no trial: a card is due today
    } finally {
      await control("/_emulator/config", { delayMs: 150 });
      await settle();
    }
  });

  it("shows a seeded demo membership Stripe never saw, and refuses to change it, without crashing", async () => {
    const { user } = await createStoredMember("cus_demo_reader", "sub_demo_reader", {
      plan: "monthly",
      status: "active",
      currentPeriodEnd: new Date(Date.now() + 20 * 86_400_000),
    });
    const overview = await getMembershipOverview(user);
    expect(overview.stripe).toBe("unknown");
    expect(overview.membership).toMatchObject({ status: "active", stripeSubscriptionId: "sub_demo_reader" });
    expect(await cancelAtPeriodEnd(user.id)).toEqual({ ok: false, code: "unknown-to-stripe" });
    expect(await cancelMembershipForDeletedUser(user.id)).toEqual({ canceled: [] });
  });

  it("cancels the Stripe subscription of an account being deleted", async () => {
    const reader = await startTrialFor("leaving");
    expect(await cancelMembershipForDeletedUser(reader.userId)).toEqual({
      canceled: [reader.subscriptionId],
    });
    expect((await getStripe().subscriptions.retrieve(reader.subscriptionId)).status).toBe("canceled");
    expect(await cancelMembershipForDeletedUser(reader.userId)).toEqual({ canceled: [] });
  });

  it("resumes a trial that paused for want of a card once a card is added", async () => {
    const reader = await startTrialFor("comeback");
    await advance(reader, 15);
    await settle();
    expect((await getMembershipOverview(ownerOf(reader))).membership?.status).toBe("paused");
    await addCard(reader, "pm_card_visa"); // what the portal's card flow does
    expect(await resumePaused(reader.userId)).toEqual({ ok: true });
    const resumed = await getMembershipOverview(ownerOf(reader));
    expect(resumed.membership?.status).toBe("active");
    expect(resumed.card).toEqual({ brand: "visa", last4: "4242" });
    expect(resumed.invoices.some((i) => i.status === "paid" && i.amountMinor === 999)).toBe(true);
  });

  it("reads the subscription from Stripe once per membership page, inside the sync", async () => {
    const reader = await startTrialFor("onefetch");
    await addCard(reader, "pm_card_visa");
    await settle();
    const stripe = getStripe();
    const retrieve = vi.spyOn(stripe.subscriptions, "retrieve");
    const clock = vi.spyOn(stripe.testHelpers.testClocks, "retrieve");
    try {
      const overview = await getMembershipOverview(ownerOf(reader));
      expect(overview).toMatchObject({ stripe: "ok", card: { brand: "visa", last4: "4242" } });
      expect(overview.nextCharge?.amountMinor).toBe(999);
      expect(retrieve.mock.calls.map(([id]) => id)).toEqual([reader.subscriptionId]);
      expect(clock).not.toHaveBeenCalled();
    } finally {
      retrieve.mockRestore();
      clock.mockRestore();
    }
  });

  it("stays in Stripe's state when every old event arrives again, late, under new ids", async () => {
    await settle();
    const before = await selectAllRows(memberships);
    const events = (await allEvents()).sort(() => Math.random() - 0.5);
    for (const event of events) {
      const payload = JSON.stringify({ ...event, id: `${event.id}_late` });
      const outcome = await handleStripeWebhook(payload, signStripePayload(payload, SECRET));
      expect(outcome.status).toBe(200);
    }
    const after = await selectAllRows(memberships);
    const strip = (rows: typeof before) =>
      rows.map(({ updatedAt: _u, ...rest }) => rest).sort((a, b) => a.id - b.id);
    expect(strip(after)).toEqual(strip(before));
  });
});
