import Stripe from "stripe";
import { newId } from "../state/ids";
import { idOf } from "../resources/common";
import type { Emulator } from "./context";

// Invoice objects as Stripe shapes them, built from lines; stored by the caller (or not: invoice.upcoming).

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

/** What is charged for an invoice of `total` against a customer balance (negative = credit, positive = owed). */
export function amountDueWith(total: number, balance: number): number {
  return Math.max(total + balance, 0);
}

/** An invoice object for `lines` of a subscription, stored nowhere (a new invoice, or invoice.upcoming's). */
export function buildInvoice(
  em: Emulator,
  sub: Stripe.Subscription,
  reason: Stripe.Invoice.BillingReason,
  lines: InvoiceLineInput[],
): Stripe.Invoice {
  const customerId = idOf(sub.customer) ?? "";
  const customer = em.state.customers[customerId];
  const clock = idOf(sub.test_clock);
  const now = em.now(clock);
  const id = newId("in");
  const built = lines.map((line) => buildLine(id, sub, line));
  const total = built.reduce((sum, line) => sum + line.amount, 0);
  // Until it is finalized an invoice shows the customer's balance as it stands (Stripe: "if the invoice has
  // not been finalized yet, this will be the current customer balance"); a credit lowers what is due.
  const startingBalance = customer?.balance ?? 0;
  const amountDue = amountDueWith(total, startingBalance);
  const periodStart = Math.min(...lines.map((l) => l.start), now);
  return {
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
    starting_balance: startingBalance,
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
}
