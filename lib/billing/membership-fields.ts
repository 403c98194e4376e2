import "server-only";
import type Stripe from "stripe";
import type { MembershipFields } from "../db/queries/billing";
import { planForLookupKey, plans, PLAN_KEYS, type PlanKey } from "./plans";

// Stripe subscription → membership row. Pure: the same Stripe state always gives the same row,
// which is what makes duplicate, shuffled and late webhooks converge.

export interface TimeFrame {
  /** Seconds to subtract from Stripe times: a test clock's lead over the wall clock (0 in real life). */
  clockLeadSeconds: number;
}

export const WALL_CLOCK: TimeFrame = { clockLeadSeconds: 0 };

/** A Stripe time (Unix seconds) as our time: less the test clock's lead in `frame`. */
export function stripeTime(seconds: number, frame: TimeFrame): Date {
  return new Date((seconds - frame.clockLeadSeconds) * 1000);
}

function toDate(seconds: number | null | undefined, frame: TimeFrame): Date | null {
  return seconds == null ? null : stripeTime(seconds, frame);
}

/** The id of an expandable Stripe field (an id, or the object when expanded); null when unset. */
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value == null) return null;
  return typeof value === "string" ? value : value.id;
}

function planOf(price: Stripe.Price | undefined): PlanKey {
  const byLookup = planForLookupKey(price?.lookup_key);
  if (byLookup) return byLookup;
  // A price made elsewhere (dashboard): go by its interval.
  const interval = price?.recurring?.interval;
  return PLAN_KEYS.find((k) => plans[k].interval === interval) ?? "monthly";
}

/** When the unpaid invoice that made the subscription past_due was attempted. */
function pastDueSince(sub: Stripe.Subscription, frame: TimeFrame): Date | null {
  if (sub.status !== "past_due") return null;
  const invoice = typeof sub.latest_invoice === "object" ? sub.latest_invoice : null;
  const at =
    invoice?.status_transitions?.finalized_at ?? invoice?.created ?? sub.items.data[0]?.current_period_start;
  return toDate(at, frame);
}

export function toMembershipFields(
  sub: Stripe.Subscription,
  frame: TimeFrame = WALL_CLOCK,
): MembershipFields {
  const item = sub.items.data[0];
  const customerId = idOf(sub.customer);
  if (!customerId) throw new Error(`subscription ${sub.id} has no customer`);
  return {
    stripeCustomerId: customerId,
    stripeSubscriptionId: sub.id,
    stripePriceId: item?.price.id ?? null,
    plan: planOf(item?.price),
    status: sub.status,
    trialEnd: toDate(sub.trial_end, frame),
    currentPeriodEnd: toDate(item?.current_period_end, frame),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    cancelAt: toDate(sub.cancel_at, frame),
    canceledAt: toDate(sub.canceled_at, frame),
    pastDueSince: pastDueSince(sub, frame),
    paymentMethodId: idOf(sub.default_payment_method),
  };
}

/** The lead of the subscription's test clock over wall time, if it runs on one (test mode only). */
export function timeFrameOf(
  clock: Stripe.TestHelpers.TestClock | null,
  nowMs: number = Date.now(),
): TimeFrame {
  if (!clock) return WALL_CLOCK;
  // Whole hours, never negative: clocks move by days, and a stable lead keeps repeated syncs identical.
  const lead = Math.round((clock.frozen_time - nowMs / 1000) / 3600) * 3600;
  return { clockLeadSeconds: Math.max(0, lead) };
}
