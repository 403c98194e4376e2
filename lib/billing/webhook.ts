import "server-only";
import type Stripe from "stripe";
import { markStripeEventProcessed } from "../db/queries/billing";
import { isPaymentsUnavailable, isUnknownCustomer } from "./errors";
import { idOf } from "./membership-fields";
import { chargeIdOf, REFUND_EVENTS, syncChargeRefunds } from "./refunds";
import { getStripe, getWebhookSecret } from "./stripe-client";
import { syncSubscription, type SubscriptionRef } from "./sync";

// Stripe → us. Verify, skip what we've done, re-read the subscription and upsert it; answer
// 2xx only when the change is stored, so Stripe retries everything else.

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.resumed",
  "customer.subscription.trial_will_end",
  "invoice.paid",
  "invoice.payment_failed",
  ...REFUND_EVENTS,
] as const;
const handled = new Set<string>(HANDLED_EVENTS);

export interface WebhookOutcome {
  status: number;
  body: { received: boolean; note?: string; error?: string };
  /** Mails queued with the change, to try once the answer is on its way (the route hands them to `after`). */
  mailIds: number[];
  /** Jobs to queue once the answer is on its way: trial_will_end runs `trial-reminders` now, not at the hour. */
  jobs: string[];
}

const answer = (
  status: number,
  body: WebhookOutcome["body"],
  mailIds: number[] = [],
  jobs: string[] = [],
): WebhookOutcome => ({ status, body, mailIds, jobs });

/** Which subscription (and whose) an event is about; null when it concerns none (e.g. a one-off payment). */
export function subscriptionRefOf(event: Stripe.Event): SubscriptionRef | null {
  const object = event.data.object as { object?: string };
  if (object.object === "checkout.session") {
    const session = object as Stripe.Checkout.Session;
    const subscriptionId = session.mode === "subscription" ? idOf(session.subscription) : null;
    if (!subscriptionId) return null;
    return { subscriptionId, customerId: idOf(session.customer), userIdHint: session.client_reference_id };
  }
  if (object.object === "subscription") {
    const sub = object as Stripe.Subscription;
    return { subscriptionId: sub.id, customerId: idOf(sub.customer), userIdHint: sub.metadata?.userId };
  }
  if (object.object === "invoice") {
    const invoice = object as Stripe.Invoice;
    const details = invoice.parent?.subscription_details;
    const subscriptionId = idOf(details?.subscription);
    if (!subscriptionId) return null;
    return { subscriptionId, customerId: idOf(invoice.customer), userIdHint: details?.metadata?.userId };
  }
  return null;
}

export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
): Promise<WebhookOutcome> {
  if (!signature) return answer(400, { received: false, error: "missing Stripe-Signature" });
  let event: Stripe.Event;
  try {
    event = getStripe().webhooks.constructEvent(rawBody, signature, getWebhookSecret());
  } catch {
    return answer(400, { received: false, error: "bad signature" });
  }
  if (!handled.has(event.type)) return answer(200, { received: true, note: "ignored" });

  try {
    // No separate "seen it?" query: the sync records the event id first thing in its transaction.
    const chargeId = chargeIdOf(event);
    if (chargeId) {
      const outcome = await syncChargeRefunds(chargeId, { id: event.id, type: event.type });
      return answer(200, { received: true, ...(outcome === "stored" ? {} : { note: outcome }) });
    }
    const ref = subscriptionRefOf(event);
    if (!ref) {
      await markStripeEventProcessed(event.id, event.type);
      return answer(200, { received: true, note: "no subscription" });
    }
    const { result, mailIds } = await syncSubscription(ref, { id: event.id, type: event.type });
    if (result.outcome === "duplicate" || !result.current) {
      return answer(200, {
        received: true,
        note: result.outcome === "duplicate" ? "duplicate" : "unknown subscription",
      });
    }
    // The reminder itself is the job's (trial-reminders.ts): it reads the stored row and sends once.
    const jobs = event.type === "customer.subscription.trial_will_end" ? ["trial-reminders"] : [];
    return answer(200, { received: true }, mailIds, jobs);
  } catch (error) {
    if (isUnknownCustomer(error)) {
      console.warn("stripe webhook for an unknown customer; asking Stripe to retry", {
        event: event.id,
        error: error.message,
      });
      return answer(500, { received: false, error: "unknown customer" });
    }
    if (isPaymentsUnavailable(error)) {
      console.warn("stripe webhook: Stripe unreachable while re-reading; asking for a retry", {
        event: event.id,
      });
      return answer(503, { received: false, error: "stripe unreachable" });
    }
    console.error("stripe webhook failed", { event: event.id, type: event.type, error });
    return answer(500, { received: false, error: "processing failed" });
  }
}
