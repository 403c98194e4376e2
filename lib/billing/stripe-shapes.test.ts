import { describe, expect, it } from "vitest";
import { memberships, outboxEmails, stripeEvents } from "@/lib/db/schema";
import { selectAllRows, selectRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { startCheckout } from "./checkout";
import { completeCheckout } from "./checkout-success";
import { resumePaused } from "./manage";
import { getStripe } from "./stripe-client";
import { startEmulatorPerFile } from "./testing/emulator-per-file";
import { addCard, advance, startTrialFor } from "./testing/scenario";

// Issue 12, point 5, as the app meets it: the events Stripe sends that the app does not act on
// (invoice.upcoming without an id, invoice.updated, setup_intent.*, invoice_payment.paid) are acknowledged and
// change nothing; a trial's Checkout carries a SetupIntent and is still a subscription to the app; the
// parameters the app sends in this API version's words (ui_mode=hosted_page, billing_cycle_anchor[type]=now)
// are accepted.

setUpTestDatabase();
const emulator = startEmulatorPerFile();

interface Delivery {
  event_type: string;
  response_status: number | null;
}

async function deliveries(): Promise<Delivery[]> {
  await fetch(`${emulator.url}/_emulator/idle`);
  const response = await fetch(`${emulator.url}/_emulator/deliveries`);
  return ((await response.json()) as { data: Delivery[] }).data;
}

describe("Stripe's 2026 shapes against the app", () => {
  it("acknowledges invoice.upcoming and invoice.updated and changes nothing for them", async () => {
    const reader = await startTrialFor("upcoming");
    await addCard(reader, "pm_card_visa");
    await advance(reader, 6);
    await deliveries();
    const before = {
      rows: await selectRowsWhere(memberships, memberships.userId, reader.userId),
      mails: (await selectRowsWhere(outboxEmails, outboxEmails.to, reader.email)).length,
      events: (await selectAllRows(stripeEvents)).length,
    };
    await advance(reader, 2); // a week before the trial ends: invoice.upcoming
    const upcoming = (await deliveries()).filter((d) => d.event_type === "invoice.upcoming");
    expect(upcoming.map((d) => d.response_status)).toEqual([200]);
    expect(await selectRowsWhere(memberships, memberships.userId, reader.userId)).toEqual(before.rows);
    expect((await selectRowsWhere(outboxEmails, outboxEmails.to, reader.email)).length).toBe(before.mails);
    expect((await selectAllRows(stripeEvents)).length).toBe(before.events);

    await advance(reader, 7); // the trial ends and is charged: invoice.updated, invoice_payment.paid too
    const all = await deliveries();
    for (const type of ["invoice.updated", "invoice_payment.paid", "invoice.paid"]) {
      const answered = all.filter((d) => d.event_type === type).map((d) => d.response_status);
      expect(answered.length, type).toBeGreaterThan(0);
      expect(
        answered.every((status) => status === 200),
        type,
      ).toBe(true);
    }
    expect((await selectRowsWhere(memberships, memberships.userId, reader.userId))[0]?.status).toBe("active");
  });

  it("asks for the hosted page by its 2026 name; a trial's Checkout with a card (a SetupIntent) is a membership", async () => {
    const { user } = await createUser({ email: "setup-intent@example.test" });
    const start = await startCheckout({ userId: user.id, plan: "monthly", origin: "http://localhost:3000" });
    if (start.kind !== "checkout") throw new Error("expected a checkout");
    const sessionId = new URL(start.url).pathname.split("/").at(-1) ?? "";
    expect((await getStripe().checkout.sessions.retrieve(sessionId)).ui_mode).toBe("hosted_page");
    const hosted = await fetch(start.url, {
      method: "POST",
      body: new URLSearchParams({
        cardNumber: "4242 4242 4242 4242",
        cardExpiry: "12 / 34",
        cardCvc: "123",
        billingName: "Ada Reader",
      }),
      redirect: "manual",
    });
    expect(hosted.status).toBe(303);
    const session = await getStripe().checkout.sessions.retrieve(sessionId);
    expect(String(session.setup_intent)).toMatch(/^seti_/);
    expect(await completeCheckout(sessionId, user.id)).toBe("synced");
    const [row] = await selectRowsWhere(memberships, memberships.userId, user.id);
    expect(row).toMatchObject({ status: "trialing", plan: "monthly" });
    expect(row?.paymentMethodId).toMatch(/^pm_/);
    const setupEvents = (await deliveries()).filter((d) => d.event_type.startsWith("setup_intent."));
    expect(setupEvents.map((d) => [d.event_type, d.response_status])).toEqual([
      ["setup_intent.created", 200],
      ["setup_intent.succeeded", 200],
    ]);
  });

  it("resumes a paused trial with billing_cycle_anchor[type]=now; Stripe's pause reason goes with the pause", async () => {
    const reader = await startTrialFor("paused-shape");
    await advance(reader, 15);
    const paused = await getStripe().subscriptions.retrieve(reader.subscriptionId);
    expect(paused.status_details?.paused.subscription.type).toBe("trial_end_without_payment_method");
    await addCard(reader, "pm_card_visa");
    await deliveries(); // the row the page acts on is the webhooks' work
    expect(await resumePaused(reader.userId)).toEqual({ ok: true });
    const resumed = await getStripe().subscriptions.retrieve(reader.subscriptionId);
    expect(resumed.status).toBe("active");
    expect(resumed.status_details).toBeUndefined();
    expect((await selectRowsWhere(memberships, memberships.userId, reader.userId))[0]?.status).toBe("active");
  });
});
