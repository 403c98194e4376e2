import Stripe from "stripe";
import type { PendingProration, SubscriptionRecord } from "../state/types";
import { newId } from "../state/ids";
import { idOf } from "../resources/common";
import { cloneJson } from "../resources/common";
import { diffPrevious, emitEvent } from "../resources/events";
import type { Emulator } from "./context";

export interface InvoiceLineInput {
  description: string;
  amount: number;
  price: Stripe.Price;
  quantity: number;
  start: number;
  end: number;
  proration: boolean;
  subscriptionItem: string | null;
}

function buildLine(
  invoiceId: string,
  sub: Stripe.Subscription,
  line: InvoiceLineInput,
): Stripe.InvoiceLineItem {
  return {
    id: newId("il"),
    object: "line_item",
    amount: line.amount,
    currency: line.price.currency,
    description: line.description,
    discount_amounts: [],
    discountable: !line.proration,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    // Prorations are invoice items in Stripe; cycle lines come straight from subscription items.
    parent: line.subscriptionItem
      ? {
          type: "subscription_item_details",
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: line.proration,
            proration_details: { credited_items: null },
            subscription: sub.id,
            subscription_item: line.subscriptionItem,
          },
        }
      : {
          type: "invoice_item_details",
          invoice_item_details: {
            invoice_item: newId("ii"),
            proration: line.proration,
            proration_details: { credited_items: null },
            subscription: sub.id,
          },
          subscription_item_details: null,
        },
    period: { start: line.start, end: line.end },
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: { price: line.price.id, product: idOf(line.price.product) ?? "" },
      unit_amount_decimal: line.price.unit_amount_decimal,
    },
    quantity: line.quantity,
    quantity_decimal: Stripe.Decimal.from(line.quantity),
    subscription: sub.id,
    subtotal: line.amount,
    taxes: [],
  } satisfies Stripe.InvoiceLineItem;
}

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
export const DRAFT_SECONDS = 3_600;

export function createSubscriptionInvoice(
  em: Emulator,
  rec: SubscriptionRecord,
  reason: Stripe.Invoice.BillingReason,
  lines: InvoiceLineInput[],
  options: { draft?: boolean } = {},
): Stripe.Invoice {
  const sub = rec.sub;
  const customerId = idOf(sub.customer) ?? "";
  const customer = em.state.customers[customerId];
  const clock = idOf(sub.test_clock);
  const now = em.now(clock);
  const id = newId("in");
  const built = lines.map((line) => buildLine(id, sub, line));
  const total = built.reduce((sum, line) => sum + line.amount, 0);
  const amountDue = Math.max(total, 0);
  em.state.invoiceSequence += 1;
  const periodStart = Math.min(...lines.map((l) => l.start), now);
  const invoice: Stripe.Invoice = {
    id,
    object: "invoice",
    account_country: "GB",
    account_name: em.options.businessName,
    account_tax_ids: null,
    amount_due: amountDue,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: amountDue,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: reason,
    collection_method: "charge_automatically",
    created: now,
    currency: sub.currency,
    custom_fields: null,
    customer: customerId,
    customer_account: null,
    customer_address: null,
    customer_email: customer?.email ?? null,
    customer_name: customer?.name ?? null,
    customer_phone: customer?.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${em.options.publicUrl}/invoices/${id}`,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: built, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { metadata: { ...sub.metadata }, subscription: sub.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: now,
    period_start: periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: clock,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  } satisfies Stripe.Invoice;
  em.state.invoices[id] = invoice;
  rec.pendingProrations = [];
  sub.latest_invoice = id;
  if (options.draft) invoice.automatically_finalizes_at = now + DRAFT_SECONDS;
  emitEvent(em, "invoice.created", invoice, { clock });
  if (!options.draft) finalizeInvoice(em, invoice);
  return invoice;
}

export function finalizeInvoice(em: Emulator, invoice: Stripe.Invoice): void {
  const clock = idOf(invoice.test_clock);
  const now = em.now(clock);
  const customer = em.state.customers[idOf(invoice.customer) ?? ""];
  const before = cloneJson(invoice);
  invoice.status = "open";
  invoice.automatically_finalizes_at = null;
  invoice.number = `${customer?.invoice_prefix ?? "INV"}-${String(em.state.invoiceSequence).padStart(4, "0")}`;
  invoice.status_transitions.finalized_at = now;
  invoice.effective_at = now;
  emitEvent(em, "invoice.finalized", invoice, { clock });
  emitEvent(em, "invoice.updated", invoice, { clock, previous: diffPrevious(before, invoice) });
}

export function paymentMethodFor(em: Emulator, sub: Stripe.Subscription): string | null {
  const own = idOf(sub.default_payment_method);
  if (own && em.state.paymentMethods[own]) return own;
  const customer = em.state.customers[idOf(sub.customer) ?? ""];
  const fallback = idOf(customer?.invoice_settings.default_payment_method);
  return fallback && em.state.paymentMethods[fallback] ? fallback : null;
}

// Charges an open invoice; returns whether it is now paid.
export function attemptPayment(em: Emulator, invoice: Stripe.Invoice, pmId: string | null): boolean {
  const clock = idOf(invoice.test_clock);
  const now = em.now(clock);
  if (invoice.status !== "open") return invoice.status === "paid";
  const record = pmId ? em.state.paymentMethods[pmId] : undefined;
  const succeeds = invoice.amount_due === 0 || record?.behavior === "succeed";
  if (invoice.amount_due > 0) {
    invoice.attempted = true;
    invoice.attempt_count += 1;
  }
  if (succeeds) {
    invoice.status = "paid";
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.next_payment_attempt = null;
    invoice.status_transitions.paid_at = now;
    if (pmId) invoice.default_payment_method = pmId;
    emitEvent(em, "invoice.paid", invoice, { clock });
    emitEvent(em, "invoice.payment_succeeded", invoice, { clock });
    if (invoice.amount_paid > 0)
      emitEvent(em, "invoice_payment.paid", invoicePayment(invoice, now), { clock });
    return true;
  }
  // The retry schedule (Billing settings → retries): days after the previous attempt; none left → null.
  const wait = em.options.dunning.retryDays[invoice.attempt_count - 1];
  invoice.next_payment_attempt = wait === undefined ? null : now + wait * 86_400;
  emitEvent(em, "invoice.payment_failed", invoice, { clock });
  return false;
}

function invoicePayment(invoice: Stripe.Invoice, now: number) {
  return {
    id: newId("inpay"),
    object: "invoice_payment",
    amount_paid: invoice.amount_paid,
    amount_requested: invoice.amount_due,
    created: now,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: "payment_intent", payment_intent: newId("pi") },
    status: "paid",
    status_transitions: { canceled_at: null, paid_at: now },
  };
}
