import "server-only";
import type Stripe from "stripe";
import { markStripeEventProcessed } from "../db/queries/billing";
import { trialEndingMail } from "./emails";
import { isPaymentsUnavailable, isUnknownCustomer } from "./errors";
import { getStripe, getWebhookSecret } from "./stripe-client";
import { syncSubscription, type MailsFor, type SubscriptionRef } from "./sync";

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
] as const;
const handled = new Set<string>(HANDLED_EVENTS);

export interface WebhookOutcome {
  status: number;
  body: { received: boolean; note?: string; error?: string };
  /** Mails queued with the change, to try once the answer is on its way (the route hands them to `after`). */
  mailIds: number[];
}

const answer = (status: number, body: WebhookOutcome["body"], mailIds: number[] = []): WebhookOutcome => ({
  status,
  body,
  mailIds,
});

function idOf(value: string | { id: string } | null | undefined): string | null {
  return value == null ? null : typeof value === "string" ? value : value.id;
}

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

/**
 * The one mail an event asks for beyond the change the sync observed (the sync picks those): the reminder
 * before a trial ends, said from the row as just re-read (card or not), never from the event's copy.
 */
function mailsForEvent(event: Stripe.Event): MailsFor {
  return ({ user, current }) => {
    // A late reminder for a trial that has already ended would give a date in the past: other mails cover that.
    if (event.type !== "customer.subscription.trial_will_end" || current?.status !== "trialing") return [];
    if (current.cancelAtPeriodEnd) return []; // nothing will happen that they haven't been told
    return [trialEndingMail(user.email, current, current.paymentMethodId !== null)];
  };
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
    const ref = subscriptionRefOf(event);
    if (!ref) {
      await markStripeEventProcessed(event.id, event.type);
      return answer(200, { received: true, note: "no subscription" });
    }
    const { result, mailIds } = await syncSubscription(
      ref,
      { id: event.id, type: event.type },
      mailsForEvent(event),
    );
    if (result.outcome === "duplicate" || !result.current) {
      return answer(200, {
        received: true,
        note: result.outcome === "duplicate" ? "duplicate" : "unknown subscription",
      });
    }
    return answer(200, { received: true }, mailIds);
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
