import "server-only";
import { findBillingUser, listMemberships } from "../db/queries/billing";
import type { Membership } from "../db/schema";
import { getStripeProducts } from "./stripe-products";
import { CHECKOUT_BLOCKING_STATUSES } from "./checkout";
import { callStripe, isResourceMissing } from "./errors";
import { type PlanKey } from "./plans";
import { getStripe } from "./stripe-client";
import { syncSubscription } from "./sync";

// The membership page's direct buttons: cancel at period end, undo it, switch plan, resume a paused trial.
// Each one changes Stripe, then runs the same sync as a webhook so the page shows the result at once.

export type ManageResult = { ok: true } | { ok: false; code: "not-found" | "unknown-to-stripe" };

const NOT_FOUND: ManageResult = { ok: false, code: "not-found" };

async function findOpenMembership(userId: string): Promise<Membership | undefined> {
  return (await listMemberships(userId)).find((m) => CHECKOUT_BLOCKING_STATUSES.has(m.status));
}

async function changeAndSync(
  userId: string,
  change: (m: Membership) => Promise<unknown>,
): Promise<ManageResult> {
  const [membership, user] = await Promise.all([findOpenMembership(userId), findBillingUser(userId)]);
  if (!membership || !user || membership.stripeCustomerId !== user.stripeCustomerId) return NOT_FOUND;
  try {
    await callStripe(() => change(membership));
  } catch (error) {
    if (isResourceMissing(error)) return { ok: false, code: "unknown-to-stripe" };
    throw error;
  }
  await syncSubscription({
    subscriptionId: membership.stripeSubscriptionId,
    customerId: membership.stripeCustomerId,
  });
  return { ok: true };
}

export function cancelAtPeriodEnd(userId: string): Promise<ManageResult> {
  return changeAndSync(userId, (m) =>
    getStripe().subscriptions.update(m.stripeSubscriptionId, {
      cancel_at_period_end: true,
      cancellation_details: { comment: "Cancelled from the membership page" },
    }),
  );
}

export function undoCancel(userId: string): Promise<ManageResult> {
  return changeAndSync(userId, (m) =>
    getStripe().subscriptions.update(m.stripeSubscriptionId, { cancel_at_period_end: false }),
  );
}

export async function switchPlan(userId: string, plan: PlanKey): Promise<ManageResult> {
  const { priceIds } = await getStripeProducts();
  return changeAndSync(userId, async (m) => {
    if (m.plan === plan) return;
    const stripe = getStripe();
    const sub = await stripe.subscriptions.retrieve(m.stripeSubscriptionId);
    const item = sub.items.data[0];
    if (!item) throw new Error(`subscription ${sub.id} has no item`);
    await stripe.subscriptions.update(sub.id, {
      items: [{ id: item.id, price: priceIds[plan] }],
      proration_behavior: "create_prorations",
    });
  });
}

/** A trial that ended without a card is paused; with a card on file it can start charging again. */
export function resumePaused(userId: string): Promise<ManageResult> {
  return changeAndSync(userId, (m) => getStripe().subscriptions.resume(m.stripeSubscriptionId));
}
