import "server-only";
import type Stripe from "stripe";
import { recordMembershipRefunds, type RefundFacts } from "../db/queries/membership-refunds";
import { callStripe, isResourceMissing } from "./errors";
import { idOf, stripeTime, timeFrameOf } from "./membership-fields";
import { getStripe } from "./stripe-client";

// Refunds of membership payments (charge.refunded, refund.*): like the subscription sync, the event only says
// which charge; its refunds and the invoice they belong to are re-read from Stripe, so a repeated, late or
// out-of-order delivery stores the same rows. Reads happen before the transaction (one connection on PGlite).

export const REFUND_EVENTS = [
  "charge.refunded",
  "refund.created",
  "refund.updated",
  "refund.failed",
] as const;

/** The charge a refund event is about (a charge.refunded carries the charge, a refund.* the refund). */
export function chargeIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as {
    object?: string;
    id?: string;
    charge?: string | { id: string } | null;
  };
  if (object.object === "charge") return object.id ?? null;
  if (object.object === "refund") return idOf(object.charge);
  return null;
}

/** The subscription invoice a charge paid (through its payment intent), with its test clock; null: not one. */
async function invoiceOfCharge(charge: Stripe.Charge): Promise<Stripe.Invoice | null> {
  const stripe = getStripe();
  const intent = idOf(charge.payment_intent);
  if (!intent) return null;
  const payments = await callStripe(() =>
    stripe.invoicePayments.list({ payment: { type: "payment_intent", payment_intent: intent }, limit: 1 }),
  );
  const invoiceId = idOf(payments.data[0]?.invoice);
  if (!invoiceId) return null;
  return callStripe(() => stripe.invoices.retrieve(invoiceId, { expand: ["test_clock"] }));
}

/**
 * Stores every refund of `chargeId` (if the charge paid a membership invoice), recording `event` with them.
 * "duplicate": the event was stored before; "not a membership charge": nothing of ours to record.
 */
export async function syncChargeRefunds(
  chargeId: string,
  event?: { id: string; type: string },
): Promise<"stored" | "duplicate" | "not a membership charge"> {
  const stripe = getStripe();
  const charge = await callStripe(() => stripe.charges.retrieve(chargeId)).catch((error: unknown) => {
    if (isResourceMissing(error)) return null; // not ours to know (another account's test data, say)
    throw error;
  });
  const invoice = charge && (await invoiceOfCharge(charge));
  const subscriptionId = idOf(invoice?.parent?.subscription_details?.subscription);
  if (!invoice?.id || !subscriptionId) {
    await recordMembershipRefunds(event, []);
    return "not a membership charge";
  }
  const clock = typeof invoice.test_clock === "object" ? invoice.test_clock : null;
  const frame = timeFrameOf(clock);
  const refunds = await callStripe(() =>
    stripe.refunds.list({ charge: chargeId, limit: 100 }).autoPagingToArray({ limit: 10_000 }),
  );
  const facts: RefundFacts[] = refunds.map((refund) => ({
    stripeRefundId: refund.id,
    stripeChargeId: chargeId,
    stripeInvoiceId: invoice.id ?? "",
    stripeSubscriptionId: subscriptionId,
    currency: refund.currency,
    amountMinor: refund.amount,
    status: refund.status ?? "succeeded",
    refundedAt: stripeTime(refund.created, frame),
  }));
  return recordMembershipRefunds(event, facts);
}

/** Stripe's refunds created since `since` (Unix seconds), for the reconciliation: id, charge, status, customer. */
export async function listStripeRefunds(since: number): Promise<Stripe.Refund[]> {
  const stripe = getStripe();
  return callStripe(() =>
    stripe.refunds.list({ created: { gte: since }, limit: 100 }).autoPagingToArray({ limit: 10_000 }),
  );
}
