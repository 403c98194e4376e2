import "server-only";
import type Stripe from "stripe";
import { findBillingUser } from "../db/queries/billing";
import { getStripeProducts } from "./stripe-products";
import { callStripe, isResourceMissing } from "./errors";
import { findOpenMembership } from "./manage";
import { timeFrameOf, type TimeFrame } from "./membership-fields";
import { plans, type PlanKey } from "./plans";
import { getStripe } from "./stripe-client";
import { fetchSubscription } from "./sync";

// What switching plan would do, before it is done: Stripe's invoice preview for the change, in our words.

export interface SwitchPreview {
  from: PlanKey;
  to: PlanKey;
  /** In a trial the new price starts when the trial ends and nothing is charged now. */
  trial: boolean;
  /** Charged now (positive) or credited to the account for later payments (negative); 0 when nothing happens now. */
  dueNowMinor: number;
  currency: string;
  /** The first payment at the new price after today's, if any: its date and amount. */
  next: { date: Date; amountMinor: number };
}

export type PreviewResult =
  { ok: true; preview: SwitchPreview } | { ok: false; code: "not-found" | "unknown-to-stripe" | "same-plan" };

const toDate = (seconds: number, frame: TimeFrame) => new Date((seconds - frame.clockLeadSeconds) * 1000);

/** The preview invoice is either the one the change makes now, or (same interval, or a trial) the next one. */
function readPreview(
  invoice: Stripe.Invoice,
  sub: Stripe.Subscription,
  to: PlanKey,
  frame: TimeFrame,
): Omit<SwitchPreview, "from" | "to"> {
  const plan = plans[to];
  const trial = sub.status === "trialing";
  const cycle =
    invoice.lines.data.find((line) => line.amount === plan.amountMinor) ?? invoice.lines.data.at(-1);
  const periodStart = cycle?.period.start ?? invoice.period_start;
  const periodEnd = cycle?.period.end ?? invoice.period_end;
  const invoicedNow = !trial && plans[to].interval !== intervalOf(sub);
  if (invoicedNow) {
    // Stripe settles the invoice against the customer's balance: a credit it leaves (annual → monthly: the
    // unused year) is taken off the next payments before the card is charged again.
    const creditLeft = Math.min(invoice.total + invoice.starting_balance, 0);
    return {
      trial,
      dueNowMinor: invoice.amount_due > 0 ? invoice.amount_due : Math.min(invoice.total, 0),
      currency: invoice.currency,
      next: { date: toDate(periodEnd, frame), amountMinor: Math.max(plan.amountMinor + creditLeft, 0) },
    };
  }
  return {
    trial,
    dueNowMinor: 0,
    currency: invoice.currency,
    next: { date: toDate(periodStart, frame), amountMinor: invoice.amount_due },
  };
}

function intervalOf(sub: Stripe.Subscription): string | undefined {
  return sub.items.data[0]?.price.recurring?.interval;
}

export async function previewPlanSwitch(userId: string, to: PlanKey): Promise<PreviewResult> {
  const [membership, user] = await Promise.all([findOpenMembership(userId), findBillingUser(userId)]);
  if (!membership || !user || membership.stripeCustomerId !== user.stripeCustomerId) {
    return { ok: false, code: "not-found" };
  }
  if (membership.plan === to) return { ok: false, code: "same-plan" };
  const [{ priceIds }, sub] = await Promise.all([
    getStripeProducts(),
    fetchSubscription(membership.stripeSubscriptionId),
  ]);
  const item = sub?.items.data[0];
  if (!sub || !item) return { ok: false, code: "unknown-to-stripe" };
  const clock = typeof sub.test_clock === "object" ? sub.test_clock : null;
  try {
    const invoice = await callStripe(() =>
      getStripe().invoices.createPreview({
        customer: membership.stripeCustomerId,
        subscription: sub.id,
        subscription_details: {
          items: [{ id: item.id, price: priceIds[to] }],
          proration_behavior: "create_prorations",
        },
      }),
    );
    return {
      ok: true,
      preview: { from: membership.plan, to, ...readPreview(invoice, sub, to, timeFrameOf(clock)) },
    };
  } catch (error) {
    if (isResourceMissing(error)) return { ok: false, code: "unknown-to-stripe" };
    throw error;
  }
}
