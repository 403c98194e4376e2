import "server-only";
import type Stripe from "stripe";
import { memberStateOf, monthlyAmountOf, mrrOf } from "../business/member-state";
import type { HistoryFacts } from "../db/queries/membership-history";
import type { TimeFrame } from "./membership-fields";

// What membership history records of a subscription just read from Stripe (lib/business defines the words).

/** Stripe's "now" for this subscription: its test clock's time (test mode), else the wall clock, in `frame`. */
export function observedAtOf(clock: Stripe.TestHelpers.TestClock | null, frame: TimeFrame): Date {
  return clock ? new Date((clock.frozen_time - frame.clockLeadSeconds) * 1000) : new Date();
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
