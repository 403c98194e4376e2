import "server-only";
import { findBillingUser, listMemberships } from "../db/queries/billing";
import { insertCancellationReason } from "../db/queries/cancellations";
import type { Membership } from "../db/schema";
import { deliverNow } from "../email/send";
import type { CancelReason } from "./cancel-reasons";
import { getStripeProducts } from "./stripe-products";
import { CHECKOUT_BLOCKING_STATUSES } from "./checkout";
import { callStripe, isInvalidRequest, isResourceMissing } from "./errors";
import { type PlanKey } from "./plans";
import { getStripe } from "./stripe-client";
import { syncSubscription } from "./sync";

// The membership page's direct buttons: cancel at period end, undo it, switch plan, resume a paused trial.
// Each one changes Stripe, then runs the same sync as a webhook so the page shows the result at once; that
// sync sees the change first, so it queues the change's mail (membership-mails.ts), sent here straight away.

export type ManageResult = { ok: true } | { ok: false; code: "not-found" | "unknown-to-stripe" };

const NOT_FOUND: ManageResult = { ok: false, code: "not-found" };

export async function findOpenMembership(userId: string): Promise<Membership | undefined> {
  return (await listMemberships(userId)).find((m) => CHECKOUT_BLOCKING_STATUSES.has(m.status));
}

async function changeAndSync(
  userId: string,
  change: (m: Membership) => Promise<unknown>,
  afterChange?: (m: Membership) => Promise<void>,
): Promise<ManageResult> {
  const [membership, user] = await Promise.all([findOpenMembership(userId), findBillingUser(userId)]);
  if (!membership || !user || membership.stripeCustomerId !== user.stripeCustomerId) return NOT_FOUND;
  try {
    await callStripe(() => change(membership));
  } catch (error) {
    if (isResourceMissing(error)) return { ok: false, code: "unknown-to-stripe" };
    // Stripe refuses changes to a subscription that has ended (a missed webhook left our row open):
    // read it again so the page shows it ended, rather than failing.
    if (!isInvalidRequest(error)) throw error;
    const { read } = await syncSubscription({
      subscriptionId: membership.stripeSubscriptionId,
      customerId: membership.stripeCustomerId,
    });
    if (read?.subscription.status === "canceled") return NOT_FOUND;
    throw error;
  }
  await afterChange?.(membership);
  const { mailIds } = await syncSubscription({
    subscriptionId: membership.stripeSubscriptionId,
    customerId: membership.stripeCustomerId,
  });
  await deliverNow(mailIds);
  return { ok: true };
}

/** Cancels at the period's (or trial's) end; the reason, if any was given, is kept for the admins. */
export function cancelAtPeriodEnd(
  userId: string,
  why: CancelReason = { reason: null, comment: null },
): Promise<ManageResult> {
  return changeAndSync(
    userId,
    (m) =>
      getStripe().subscriptions.update(m.stripeSubscriptionId, {
        cancel_at_period_end: true,
        cancellation_details: { comment: "Cancelled from the membership page" },
      }),
    async (m) => {
      if (!why.reason && !why.comment) return;
      await insertCancellationReason({ userId, stripeSubscriptionId: m.stripeSubscriptionId, ...why });
    },
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
  // A new period from today: the paused days are not billed (Stripe's default, said outright).
  return changeAndSync(userId, (m) =>
    getStripe().subscriptions.resume(m.stripeSubscriptionId, { billing_cycle_anchor: { type: "now" } }),
  );
}
