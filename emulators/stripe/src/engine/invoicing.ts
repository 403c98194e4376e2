import type Stripe from "stripe";
import type { PendingProration, SubscriptionRecord } from "../state/types";
import { cloneJson, idOf } from "../resources/common";
import { diffPrevious, emitEvent } from "../resources/events";
import type { Emulator } from "./context";
import { amountDueWith, buildInvoice, type InvoiceLineInput } from "./invoice-builder";
import { recordCharge } from "./charges";
import { markInvoicePaymentPaid, openInvoicePayment } from "./invoice-payments";

export function prorationLines(em: Emulator, rec: SubscriptionRecord): InvoiceLineInput[] {
  return rec.pendingProrations.flatMap((p: PendingProration) => {
    const price = em.state.prices[p.price];
    return price
      ? [
          {
            description: p.description,
            amount: p.amount,
            price,
            quantity: 1,
            start: p.start,
            end: p.end,
            proration: true,
            subscriptionItem: null,
          },
        ]
      : [];
  });
}

// Stripe leaves a renewal's (and a trial end's) invoice a draft for about an hour before it finalizes
// and charges it; invoices of a new subscription or of a change made through the API go out at once.
// An `unpaid` subscription's renewals stay drafts for good ("held": auto_advance off, never attempted).
export const DRAFT_SECONDS = 3_600;

export function createSubscriptionInvoice(
  em: Emulator,
  rec: SubscriptionRecord,
  reason: Stripe.Invoice.BillingReason,
  lines: InvoiceLineInput[],
  options: { draft?: boolean | "held" } = {},
): Stripe.Invoice {
  const sub = rec.sub;
  const clock = idOf(sub.test_clock);
  const now = em.now(clock);
  const invoice = buildInvoice(em, sub, reason, lines);
  const id = invoice.id ?? "";
  em.state.invoiceSequence += 1;
  em.state.invoices[id] = invoice;
  rec.pendingProrations = [];
  sub.latest_invoice = id;
  if (options.draft === "held") invoice.auto_advance = false;
  else if (options.draft) invoice.automatically_finalizes_at = now + DRAFT_SECONDS;
  emitEvent(em, "invoice.created", invoice, { clock });
  if (!options.draft) finalizeInvoice(em, invoice);
  return invoice;
}

/**
 * Changes an invoice and tells about it as Stripe does: the events that name the change (`announce`, e.g.
 * invoice.finalized), then invoice.updated with only the fields that changed in previous_attributes.
 */
function changeInvoice(
  em: Emulator,
  invoice: Stripe.Invoice,
  mutate: () => void,
  announce: () => void,
): void {
  const before = cloneJson(invoice);
  mutate();
  announce();
  const previous = diffPrevious(before, cloneJson(invoice));
  if (previous) emitEvent(em, "invoice.updated", invoice, { clock: idOf(invoice.test_clock), previous });
}

/**
 * Finalizing settles the invoice against the customer's balance, as Stripe does: a credit (negative balance,
 * e.g. the unused part of an annual plan after a switch to monthly) is taken off what is due, and what is
 * left of it (or a negative total) becomes the new balance, announced with customer.updated.
 */
export function finalizeInvoice(em: Emulator, invoice: Stripe.Invoice): void {
  const clock = idOf(invoice.test_clock);
  const now = em.now(clock);
  const customer = em.state.customers[idOf(invoice.customer) ?? ""];
  const startingBalance = customer?.balance ?? 0;
  const endingBalance = Math.min(invoice.total + startingBalance, 0);
  changeInvoice(
    em,
    invoice,
    () => {
      invoice.starting_balance = startingBalance;
      invoice.ending_balance = endingBalance;
      invoice.amount_due = amountDueWith(invoice.total, startingBalance);
      invoice.amount_remaining = invoice.amount_due;
      invoice.status = "open";
      invoice.automatically_finalizes_at = null;
      invoice.number = `${customer?.invoice_prefix ?? "INV"}-${String(em.state.invoiceSequence).padStart(4, "0")}`;
      invoice.status_transitions.finalized_at = now;
      invoice.effective_at = now;
    },
    () => emitEvent(em, "invoice.finalized", invoice, { clock }),
  );
  if (customer && customer.balance !== endingBalance) {
    const previous = { balance: customer.balance };
    customer.balance = endingBalance;
    emitEvent(em, "customer.updated", customer, { clock, previous });
  }
}

export function paymentMethodFor(em: Emulator, sub: Stripe.Subscription): string | null {
  const own = idOf(sub.default_payment_method);
  if (own && em.state.paymentMethods[own]) return own;
  const customer = em.state.customers[idOf(sub.customer) ?? ""];
  const fallback = idOf(customer?.invoice_settings.default_payment_method);
  return fallback && em.state.paymentMethods[fallback] ? fallback : null;
}

// Charges an open invoice; returns whether it is now paid. A charge goes through the invoice's payment
// (invoice.payments), made at the first attempt and paid by the one that succeeds.
export function attemptPayment(em: Emulator, invoice: Stripe.Invoice, pmId: string | null): boolean {
  const clock = idOf(invoice.test_clock);
  const now = em.now(clock);
  if (invoice.status !== "open") return invoice.status === "paid";
  const record = pmId ? em.state.paymentMethods[pmId] : undefined;
  const succeeds = invoice.amount_due === 0 || record?.behavior === "succeed";
  const payment = invoice.amount_due > 0 ? openInvoicePayment(em, invoice, now) : null;
  if (succeeds) {
    changeInvoice(
      em,
      invoice,
      () => {
        if (invoice.amount_due > 0) {
          invoice.attempted = true;
          invoice.attempt_count += 1;
        }
        invoice.status = "paid";
        invoice.amount_paid = invoice.amount_due;
        invoice.amount_remaining = 0;
        invoice.next_payment_attempt = null;
        invoice.status_transitions.paid_at = now;
        if (pmId) invoice.default_payment_method = pmId;
      },
      () => {
        emitEvent(em, "invoice.paid", invoice, { clock });
        emitEvent(em, "invoice.payment_succeeded", invoice, { clock });
        if (payment) {
          recordCharge(em, invoice, payment, pmId, now);
          emitEvent(em, "invoice_payment.paid", markInvoicePaymentPaid(payment, now), { clock });
        }
      },
    );
    return true;
  }
  changeInvoice(
    em,
    invoice,
    () => {
      invoice.attempted = true;
      invoice.attempt_count += 1;
      // The retry schedule (Billing settings → retries): days after the previous attempt; none left → null.
      const wait = em.options.dunning.retryDays[invoice.attempt_count - 1];
      invoice.next_payment_attempt = wait === undefined ? null : now + wait * 86_400;
    },
    () => emitEvent(em, "invoice.payment_failed", invoice, { clock }),
  );
  return false;
}
