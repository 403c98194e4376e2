import type Stripe from "stripe";
import { describe, expect, test } from "vitest";
import {
  advance,
  checkoutWithTrial,
  DAY,
  HOUR,
  openCheckoutOnClock,
  postForm,
  startHarnessPerTest,
  VISA,
  type Harness,
  type Plans,
} from "./harness";

// Issue 12: an open Checkout Session expires by itself when `expires_at` passes (24 h after creation by
// default, settable 30 min–24 h), with status `expired` and a `checkout.session.expired` event, as Stripe's
// "Manage limited inventory" page says; here on the customer's test clock.

let h: Harness;
let plans: Plans;
startHarnessPerTest((harness, catalogue) => {
  h = harness;
  plans = catalogue;
});

const START = Math.floor(Date.UTC(2027, 0, 1) / 1000);

const sessionOnClock = (expiresIn?: number) =>
  openCheckoutOnClock(h, plans, { frozenTime: START, expiresIn });

async function expiredEvents(): Promise<Stripe.Checkout.Session[]> {
  const events = await h.stripe.events.list({ type: "checkout.session.expired" });
  return events.data.map((e) => e.data.object as Stripe.Checkout.Session);
}

describe("checkout session expiry", () => {
  test("an open session expires 24 h after creation by default, with checkout.session.expired", async () => {
    const { clock, session } = await sessionOnClock();
    expect(session.expires_at).toBe(START + DAY);
    await advance(h, clock.id, START + DAY - 60);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    expect(await expiredEvents()).toEqual([]);
    await advance(h, clock.id, START + DAY + 60);
    const expired = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(expired).toMatchObject({ status: "expired", url: null });
    expect((await expiredEvents()).map((s) => [s.id, s.status])).toEqual([[session.id, "expired"]]);
    // The hosted page no longer takes a card.
    const page = await postForm(session.url ?? "", VISA);
    expect(page.status).not.toBe(303);
    expect((await h.stripe.subscriptions.list({ customer: String(session.customer) })).data).toEqual([]);
  });

  test("a set expires_at is honoured; a completed session never expires", async () => {
    const { clock, session } = await sessionOnClock(HOUR);
    const { clock: paidClock, session: paid } = await checkoutWithTrial(h, plans, {
      frozenTime: START,
      expiresIn: HOUR,
    });
    await advance(h, clock.id, START + HOUR + 60);
    await advance(h, paidClock.id, START + DAY + 60);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("expired");
    expect((await expiredEvents()).map((s) => s.id)).toEqual([session.id]);
    expect((await h.stripe.checkout.sessions.retrieve(paid.id)).status).toBe("complete");
  });

  test("expires_at outside 30 min–24 h is refused", async () => {
    for (const expiresIn of [10 * 60, DAY + HOUR]) {
      await expect(sessionOnClock(expiresIn)).rejects.toMatchObject({
        statusCode: 400,
        param: "expires_at",
      });
    }
  });
});
