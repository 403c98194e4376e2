import "server-only";
import type { StripeSubscriptionState } from "../billing/subscription-pages";
import type { LatestHistory, ReconciliationDrift } from "../db/queries/reconciliation";
import type { Membership } from "../db/schema";

// What counts as drift between Stripe and us (README "Reconciliation with Stripe"): for each subscription,
// the membership row's billing fields and the history's latest state against what a sync would store now.

type Value = string | number | boolean | Date | null | undefined;

const text = (v: Value): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);

/** The membership fields compared, by the name shown in /admin. */
const MEMBERSHIP_FIELDS = {
  status: "status",
  plan: "plan",
  price: "stripePriceId",
  cancel_at_period_end: "cancelAtPeriodEnd",
  cancel_at: "cancelAt",
  current_period_end: "currentPeriodEnd",
  trial_end: "trialEnd",
} as const satisfies Record<string, keyof Membership>;

type Drift = Omit<ReconciliationDrift, "repair">;

/** Every difference of one subscription Stripe has; `ours`/`history` null when we hold none. */
export function driftOf(
  stripe: StripeSubscriptionState,
  ours: Membership | undefined,
  history: LatestHistory | undefined,
): Drift[] {
  const { fields } = stripe;
  const at = { customerId: fields.stripeCustomerId, subscriptionId: fields.stripeSubscriptionId };
  const drift: Drift[] = [];
  const differ = (field: string, mine: Value, theirs: Value) => {
    if (text(mine) !== text(theirs)) drift.push({ ...at, field, ours: text(mine), stripe: text(theirs) });
  };
  if (!ours) {
    // A subscription no sync ever stored: its webhooks never arrived (or named a customer we do not know).
    differ("membership", null, fields.status);
  } else {
    for (const [field, key] of Object.entries(MEMBERSHIP_FIELDS)) differ(field, ours[key], fields[key]);
    differ("customer", ours.stripeCustomerId, fields.stripeCustomerId);
  }
  if (!history) {
    if (ours) differ("history", null, stripe.history.state);
  } else {
    differ("history.state", history.state, stripe.history.state);
    differ("history.plan", history.plan, fields.plan);
    differ(
      "history.price",
      `${history.amountMinor} ${history.currency}`,
      `${stripe.history.amountMinor} ${stripe.history.currency}`,
    );
  }
  return drift;
}

/** A subscription our mirror holds that Stripe did not list at all (deleted there, or another account's). */
export function missingAtStripe(ours: { subscriptionId: string; customerId: string; status: string }): Drift {
  return {
    customerId: ours.customerId,
    subscriptionId: ours.subscriptionId,
    field: "subscription",
    ours: ours.status,
    stripe: null,
  };
}
