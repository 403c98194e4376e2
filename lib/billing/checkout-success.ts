import "server-only";
import { findBillingUser } from "../db/queries/billing";
import { deliverNow } from "../email/send";
import { callStripe, isResourceMissing } from "./errors";
import { getStripe } from "./stripe-client";
import { syncSubscription } from "./sync";

// The page Stripe sends the reader back to runs the webhook's sync itself, so a slow webhook
// never shows someone who just subscribed a paywall.

export type CheckoutReturn = "synced" | "not-found" | "not-complete";

export async function completeCheckout(sessionId: string, userId: string): Promise<CheckoutReturn> {
  const user = await findBillingUser(userId);
  if (!user?.stripeCustomerId) return "not-found";
  let session;
  try {
    session = await callStripe(() => getStripe().checkout.sessions.retrieve(sessionId));
  } catch (error) {
    if (isResourceMissing(error)) return "not-found";
    throw error;
  }
  const customerId = typeof session.customer === "string" ? session.customer : session.customer?.id;
  // Someone else's session id in the URL changes nothing for them or for us.
  if (customerId !== user.stripeCustomerId) return "not-found";
  const subscriptionId =
    typeof session.subscription === "string" ? session.subscription : session.subscription?.id;
  if (session.status !== "complete" || !subscriptionId) return "not-complete";
  const { mailIds } = await syncSubscription({ subscriptionId, customerId, userIdHint: userId });
  await deliverNow(mailIds);
  return "synced";
}
