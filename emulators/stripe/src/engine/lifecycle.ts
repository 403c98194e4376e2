import type { SubscriptionRecord } from "../state/types";
import { idOf } from "../resources/common";
import { emitEvent } from "../resources/events";
import { expireCheckout } from "../resources/checkout-sessions";
import type { Emulator } from "./context";
import { DAY } from "./periods";
import { upcomingAt, upcomingInvoice } from "./upcoming";
import {
  billNewPeriod,
  cancelNow,
  chargeOpenInvoice,
  clockOf,
  collectDraft,
  endTrial,
  periodOf,
} from "./subscriptions";

type Transition = { at: number; run: () => void };

const ENDED = new Set(["canceled", "incomplete_expired"]);

// The next thing Stripe would do to this subscription on its own, if anything.
function nextTransition(em: Emulator, rec: SubscriptionRecord): Transition | null {
  const sub = rec.sub;
  if (ENDED.has(sub.status)) return null;
  const candidates: Transition[] = [];
  if (sub.status === "trialing" && sub.trial_end !== null && rec.trialWillEndSentFor !== sub.trial_end) {
    const trialEnd = sub.trial_end;
    candidates.push({
      at: Math.max(trialEnd - 3 * DAY, sub.trial_start ?? sub.created),
      run: () => {
        rec.trialWillEndSentFor = trialEnd;
        emitEvent(em, "customer.subscription.trial_will_end", sub, { clock: clockOf(rec) });
      },
    });
  }
  const upcoming = upcomingAt(em, rec);
  if (upcoming !== null) {
    candidates.push({
      at: upcoming,
      run: () => {
        rec.upcomingSentFor = periodOf(sub).end;
        emitEvent(em, "invoice.upcoming", upcomingInvoice(em, rec), { clock: clockOf(rec) });
      },
    });
  }
  if (sub.cancel_at !== null) {
    candidates.push({
      at: sub.cancel_at,
      run: () => cancelNow(em, rec, { reason: "cancellation_requested" }),
    });
  }
  const latest = typeof sub.latest_invoice === "string" ? em.state.invoices[sub.latest_invoice] : undefined;
  if (latest?.status === "draft" && latest.automatically_finalizes_at !== null) {
    candidates.push({ at: latest.automatically_finalizes_at, run: () => collectDraft(em, rec, latest) });
  } else if (latest?.status === "open" && latest.next_payment_attempt !== null && sub.status === "past_due") {
    candidates.push({ at: latest.next_payment_attempt, run: () => chargeOpenInvoice(em, rec, latest) });
  }
  const periodEnd = periodOf(sub).end;
  if (sub.status === "trialing") {
    candidates.push({ at: periodEnd, run: () => endTrial(em, rec, periodEnd) });
  } else if (sub.status === "active" || sub.status === "past_due" || sub.status === "unpaid") {
    candidates.push({ at: periodEnd, run: () => billNewPeriod(em, rec, periodEnd, "subscription_cycle") });
  }
  // Earliest first; on a tie, the order above (warning, cancellation, then billing) holds.
  return candidates.reduce<Transition | null>(
    (best, c) => (best === null || c.at < best.at ? c : best),
    null,
  );
}

// Open Checkout Sessions on this clock (their customer's; null: none) whose expires_at falls by `until`, earliest
// first. Nothing a subscription does opens or completes a session, so one look per run is enough; the cheap
// tests come before the customer lookup, as most sessions are complete or not yet due.
function checkoutExpiries(em: Emulator, clockId: string | null, until: number): Transition[] {
  return Object.values(em.state.checkoutSessions)
    .filter((rec) => rec.session.status === "open" && rec.session.expires_at <= until)
    .filter((rec) => em.clockOfCustomer(idOf(rec.session.customer)) === clockId)
    .map((rec) => ({ at: rec.session.expires_at, run: () => void expireCheckout(em, rec) }))
    .sort((a, b) => a.at - b.at);
}

// Plays everything due up to `until` for the subscriptions on one clock (null: wall-clock ones),
// moving the clock's time along so objects and events carry the time they happened.
export function runLifecycle(em: Emulator, clockId: string | null, until: number): void {
  const clock = clockId ? em.state.testClocks[clockId] : undefined;
  const expiries = checkoutExpiries(em, clockId, until);
  for (let guard = 0; guard < 10_000; guard++) {
    let next: Transition | null = null;
    for (const rec of Object.values(em.state.subscriptions)) {
      if (clockOf(rec) !== clockId) continue;
      const t = nextTransition(em, rec);
      if (t && t.at <= until && (next === null || t.at < next.at)) next = t;
    }
    // On a tie the subscription goes first, as before.
    const expiry = expiries[0];
    if (expiry && (next === null || expiry.at < next.at)) next = expiries.shift() ?? null;
    if (!next) break;
    if (clock) clock.frozen_time = Math.max(clock.frozen_time, next.at);
    next.run();
  }
  if (clock) clock.frozen_time = until;
}

/** Plays what is due for subscriptions without a test clock; true when anything happened. */
export function advanceWallClock(em: Emulator): boolean {
  const before = Object.keys(em.state.events).length;
  runLifecycle(em, null, em.now(null));
  return Object.keys(em.state.events).length !== before;
}
