import "server-only";
import type Stripe from "stripe";
import { memberStateOf, monthlyAmountOf, mrrOf } from "../business/member-state";
import type { HistoryFacts, PaymentFacts } from "../db/queries/membership-history";
import { stripeTime, type TimeFrame } from "./membership-fields";

// What membership history records of a subscription just read from Stripe (lib/business defines the words).

/** Stripe's "now" for this subscription: its test clock's time (test mode), else the wall clock, in `frame`. */
export function observedAtOf(clock: Stripe.TestHelpers.TestClock | null, frame: TimeFrame): Date {
  return clock ? stripeTime(clock.frozen_time, frame) : new Date();
}

export function historyFactsOf(sub: Stripe.Subscription, observedAt: Date): HistoryFacts {
  const item = sub.items.data[0];
  const price = item?.price;
  const amountMinor = (price?.unit_amount ?? 0) * (item?.quantity ?? 1);
  const interval = price?.recurring?.interval ?? "month";
  const intervalCount = price?.recurring?.interval_count ?? 1;
  const state = memberStateOf(sub.status, sub.cancel_at_period_end || sub.cancel_at != null);
  return {
    observedAt,
    state,
    currency: price?.currency ?? sub.currency,
    amountMinor,
    interval,
    intervalCount,
    mrrMinor: mrrOf(state, monthlyAmountOf(amountMinor, interval, intervalCount)),
    endedReason: state === "ended" ? (sub.cancellation_details?.reason ?? null) : null,
  };
}

/** The subscription's latest invoice if it is paid and charged something: the net (less tax) and when. */
export function paymentOf(sub: Stripe.Subscription, frame: TimeFrame): PaymentFacts | null {
  const invoice = typeof sub.latest_invoice === "object" ? sub.latest_invoice : null;
  const paidAt = invoice?.status_transitions?.paid_at;
  if (!invoice?.id || invoice.status !== "paid" || !paidAt || invoice.amount_paid <= 0) return null;
  const tax = (invoice.total_taxes ?? []).reduce((sum, t) => sum + t.amount, 0);
  return {
    stripeInvoiceId: invoice.id,
    currency: invoice.currency,
    netMinor: invoice.amount_paid - tax,
    paidAt: stripeTime(paidAt, frame),
  };
}
