import type Stripe from "stripe";
import { newId } from "../state/ids";
import type { Emulator } from "./context";

// An invoice's payment (`invoice.payments`, /v1/invoice_payments): one default payment per invoice, made at
// its first charge attempt (status open), paid when a charge succeeds. Failed attempts keep it open.

export function openInvoicePayment(
  em: Emulator,
  invoice: Stripe.Invoice,
  now: number,
): Stripe.InvoicePayment {
  const existing = paymentsOf(em, invoice.id ?? "")[0];
  if (existing) return existing;
  const payment: Stripe.InvoicePayment = {
    id: newId("inpay"),
    object: "invoice_payment",
    amount_paid: null,
    amount_requested: invoice.amount_due,
    created: now,
    currency: invoice.currency,
    invoice: invoice.id ?? "",
    is_default: true,
    livemode: false,
    payment: { type: "payment_intent", payment_intent: newId("pi") },
    status: "open",
    status_transitions: { canceled_at: null, paid_at: null },
  };
  em.state.invoicePayments[payment.id] = payment;
  return payment;
}

export function markInvoicePaymentPaid(payment: Stripe.InvoicePayment, now: number): Stripe.InvoicePayment {
  payment.status = "paid";
  payment.amount_paid = payment.amount_requested;
  payment.status_transitions.paid_at = now;
  return payment;
}

/** The payments of one invoice, newest first. */
export function paymentsOf(em: Emulator, invoiceId: string): Stripe.InvoicePayment[] {
  return Object.values(em.state.invoicePayments)
    .filter((p) => p.invoice === invoiceId)
    .reverse();
}
