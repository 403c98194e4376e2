import type Stripe from "stripe";
import type { MissingPaymentMethod, SubscriptionRecord } from "../state/types";
import { cloneJson, idOf } from "../resources/common";
import { diffPrevious, emitEvent } from "../resources/events";
import type { Emulator } from "./context";
import {
  attemptPayment,
  createSubscriptionInvoice,
  finalizeInvoice,
  paymentMethodFor,
  prorationLines,
} from "./invoicing";
import type { InvoiceLineInput } from "./invoice-builder";
import { DAY, periodEndFor } from "./periods";
import { buildSubscription } from "./subscription-builder";

export interface CreateSubscriptionInput {
  customer: string;
  items: { price: Stripe.Price; quantity: number }[];
  trialEnd: number | null;
  trialPeriodDays: number | null;
  missingPaymentMethod: MissingPaymentMethod;
  defaultPaymentMethod: string | null;
  metadata: Stripe.Metadata;
  description: string | null;
}

export function clockOf(rec: SubscriptionRecord): string | null {
  return idOf(rec.sub.test_clock);
}

export function periodOf(sub: Stripe.Subscription): { start: number; end: number } {
  const item = sub.items.data[0];
  return { start: item?.current_period_start ?? sub.created, end: item?.current_period_end ?? sub.created };
}

export function setPeriod(sub: Stripe.Subscription, start: number, end: number): void {
  for (const item of sub.items.data) {
    item.current_period_start = start;
    item.current_period_end = end;
  }
}

// Runs a mutation and emits customer.subscription.updated with Stripe's previous_attributes.
export function updateWithEvent(em: Emulator, rec: SubscriptionRecord, mutate: () => void): void {
  const before = cloneJson(rec.sub);
  mutate();
  const previous = diffPrevious(before, cloneJson(rec.sub));
  if (previous) emitEvent(em, "customer.subscription.updated", rec.sub, { clock: clockOf(rec), previous });
}

export function cycleLines(sub: Stripe.Subscription, start: number, end: number): InvoiceLineInput[] {
  return sub.items.data.map((item) => ({
    description: `${item.quantity ?? 1} × ${item.price.nickname ?? "Subscription"} (at ${(item.price.unit_amount ?? 0) / 100} ${item.price.currency.toUpperCase()} / ${item.price.recurring?.interval ?? "month"})`,
    amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    price: item.price,
    quantity: item.quantity ?? 1,
    start,
    end,
    proration: false,
    subscriptionItem: item.id,
  }));
}

// Invoices pending prorations plus `lines` and charges the invoice; the status follows the payment.
export function invoiceAndCharge(
  em: Emulator,
  rec: SubscriptionRecord,
  reason: Stripe.Invoice.BillingReason,
  lines: InvoiceLineInput[],
): boolean {
  const invoice = createSubscriptionInvoice(em, rec, reason, [...prorationLines(em, rec), ...lines]);
  const paid = attemptPayment(em, invoice, paymentMethodFor(em, rec.sub));
  rec.sub.status = paid ? "active" : "past_due";
  return paid;
}

// Invoices a new period. A renewal or trial end (subscription_cycle) moves the subscription on at once
// and leaves a draft that is finalized and charged about an hour later (collectDraft), or never when the
// subscription is unpaid; other reasons charge at once.
export function billNewPeriod(
  em: Emulator,
  rec: SubscriptionRecord,
  start: number,
  reason: Stripe.Invoice.BillingReason,
  alsoChange?: () => void,
): boolean {
  const first = rec.sub.items.data[0];
  const end = first ? periodEndFor(start, first.price) : start;
  let paid = false;
  updateWithEvent(em, rec, () => {
    alsoChange?.();
    setPeriod(rec.sub, start, end);
    if (reason === "subscription_cycle") {
      const lines = [...prorationLines(em, rec), ...cycleLines(rec.sub, start, end)];
      // Unpaid: the period moves on but its invoice stays a draft, never attempted (Stripe's docs).
      createSubscriptionInvoice(em, rec, reason, lines, {
        draft: rec.sub.status === "unpaid" ? "held" : true,
      });
      if (rec.sub.status === "trialing") rec.sub.status = "active";
    } else {
      paid = invoiceAndCharge(em, rec, reason, cycleLines(rec.sub, start, end));
    }
  });
  return paid;
}

/** An hour after a renewal: the draft is finalized and charged; a failure makes the subscription past_due. */
export function collectDraft(em: Emulator, rec: SubscriptionRecord, invoice: Stripe.Invoice): void {
  finalizeInvoice(em, invoice);
  chargeOpenInvoice(em, rec, invoice);
}

/** One payment attempt (the first or a retry); at the end of the schedule, the dunning setting decides. */
export function chargeOpenInvoice(em: Emulator, rec: SubscriptionRecord, invoice: Stripe.Invoice): void {
  const paid = attemptPayment(em, invoice, paymentMethodFor(em, rec.sub));
  const end = em.options.dunning.end;
  if (!paid && invoice.next_payment_attempt === null && end === "cancel") {
    cancelNow(em, rec, { reason: "payment_failed" });
    return;
  }
  const status = paid
    ? "active"
    : invoice.next_payment_attempt === null && end === "unpaid"
      ? "unpaid"
      : "past_due";
  updateWithEvent(em, rec, () => {
    rec.sub.status = status;
  });
}

export function createSubscription(em: Emulator, input: CreateSubscriptionInput): SubscriptionRecord {
  const clock = em.clockOfCustomer(input.customer);
  const now = em.now(clock);
  const first = input.items[0]?.price;
  if (!first) throw new Error("a subscription needs at least one item");
  const trialDays = input.trialPeriodDays ?? first.recurring?.trial_period_days ?? null;
  const trialEnd = input.trialEnd ?? (trialDays ? now + trialDays * DAY : null);
  const sub = buildSubscription({
    customer: input.customer,
    clock,
    now,
    items: input.items,
    trialEnd,
    periodEnd: trialEnd ?? periodEndFor(now, first),
    missingPaymentMethod: input.missingPaymentMethod,
    defaultPaymentMethod: input.defaultPaymentMethod,
    metadata: input.metadata,
    description: input.description,
  });
  const rec: SubscriptionRecord = { sub, trialWillEndSentFor: null, pendingProrations: [] };
  em.state.subscriptions[sub.id] = rec;
  const lines = trialEnd
    ? cycleLines(sub, now, trialEnd).map((line) => ({
        ...line,
        amount: 0,
        description: `Trial period for ${line.price.nickname ?? "subscription"}`,
      }))
    : cycleLines(sub, now, sub.items.data[0]?.current_period_end ?? now);
  const invoice = createSubscriptionInvoice(em, rec, "subscription_create", lines);
  const paid = attemptPayment(em, invoice, paymentMethodFor(em, sub));
  if (!trialEnd) sub.status = paid ? "active" : "incomplete";
  emitEvent(em, "customer.subscription.created", sub, { clock });
  return rec;
}

export function cancelNow(
  em: Emulator,
  rec: SubscriptionRecord,
  details: {
    reason: Stripe.Subscription.CancellationDetails.Reason | null;
    comment?: string | null;
    feedback?: Stripe.Subscription.CancellationDetails.Feedback | null;
  },
): void {
  const sub = rec.sub;
  const now = em.now(clockOf(rec));
  sub.status = "canceled";
  sub.canceled_at ??= now;
  sub.ended_at = now;
  sub.cancellation_details = {
    comment: details.comment ?? sub.cancellation_details?.comment ?? null,
    feedback: details.feedback ?? sub.cancellation_details?.feedback ?? null,
    feedback_option: null,
    reason: details.reason ?? sub.cancellation_details?.reason ?? null,
  };
  rec.pendingProrations = [];
  emitEvent(em, "customer.subscription.deleted", sub, { clock: clockOf(rec) });
}

type CancelDetails = {
  comment?: string | null;
  feedback?: Stripe.Subscription.CancellationDetails.Feedback | null;
};

// Sets or clears cancel_at_period_end (and cancel_at, as this API version does) without emitting.
export function applyCancelAtPeriodEnd(
  em: Emulator,
  rec: SubscriptionRecord,
  cancel: boolean,
  details: CancelDetails = {},
): void {
  const sub = rec.sub;
  sub.cancel_at_period_end = cancel;
  sub.cancel_at = cancel ? periodOf(sub).end : null;
  sub.canceled_at = cancel ? em.now(clockOf(rec)) : null;
  sub.cancellation_details = cancel
    ? {
        comment: details.comment ?? null,
        feedback: details.feedback ?? null,
        feedback_option: null,
        reason: "cancellation_requested",
      }
    : { comment: null, feedback: null, feedback_option: null, reason: null };
}

export function setCancelAtPeriodEnd(
  em: Emulator,
  rec: SubscriptionRecord,
  cancel: boolean,
  details: CancelDetails = {},
): void {
  updateWithEvent(em, rec, () => applyCancelAtPeriodEnd(em, rec, cancel, details));
}

/** What a trial's end does for want of a card (cancel, pause); null when it invoices (a card, create_invoice). */
export function trialEndWithoutCard(em: Emulator, sub: Stripe.Subscription): "cancel" | "pause" | null {
  if (paymentMethodFor(em, sub)) return null;
  switch (sub.trial_settings?.end_behavior.missing_payment_method) {
    case "cancel":
      return "cancel";
    case "pause":
      return "pause";
    default:
      return null;
  }
}

// What Stripe does when a trial ends: charge the card, or follow missing_payment_method.
// `reason`: subscription_cycle when the trial runs out (a draft, charged an hour later); subscription_update
// when the API ends it now (charged at once).
export function endTrial(
  em: Emulator,
  rec: SubscriptionRecord,
  at: number,
  reason: "subscription_cycle" | "subscription_update" = "subscription_cycle",
): void {
  const sub = rec.sub;
  const withoutCard = trialEndWithoutCard(em, sub);
  if (withoutCard === "cancel") {
    cancelNow(em, rec, { reason: null });
    return;
  }
  if (withoutCard === "pause") {
    updateWithEvent(em, rec, () => {
      sub.status = "paused";
      // Why and since when, as Stripe says it on a paused subscription (gone again once it resumes).
      sub.status_details = {
        paused: {
          subscription: { type: "trial_end_without_payment_method" },
          transitioned_at: at,
          type: "subscription",
        },
      };
    });
    emitEvent(em, "customer.subscription.paused", sub, { clock: clockOf(rec) });
    return;
  }
  billNewPeriod(em, rec, at, reason);
}

/**
 * Resumes a paused subscription with a new period from now (`billing_cycle_anchor[type]=now`, the default),
 * invoiced and charged at once. `resume_on_payment_attempt` (the default) resumes whatever the charge did
 * (a failure leaves it past_due); with `resume_on_payment_success` a failed charge resumes nothing: false.
 */
export function resumeSubscription(
  em: Emulator,
  rec: SubscriptionRecord,
  paymentBehavior: "resume_on_payment_attempt" | "resume_on_payment_success" = "resume_on_payment_attempt",
): boolean {
  const now = em.now(clockOf(rec));
  const sub = rec.sub;
  if (paymentBehavior === "resume_on_payment_success" && !chargeable(em, sub)) return false;
  sub.billing_cycle_anchor = now;
  billNewPeriod(em, rec, now, "subscription_update", () => {
    delete sub.status_details;
  });
  emitEvent(em, "customer.subscription.resumed", sub, { clock: clockOf(rec) });
  return true;
}

/** Whether a charge to the subscription's card would go through (the test card's behaviour). */
function chargeable(em: Emulator, sub: Stripe.Subscription): boolean {
  const pm = paymentMethodFor(em, sub);
  return pm !== null && em.state.paymentMethods[pm]?.behavior === "succeed";
}
