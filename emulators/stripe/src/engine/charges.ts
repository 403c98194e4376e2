import type Stripe from "stripe";
import { idOf } from "../resources/common";
import { newId } from "../state/ids";
import type { Emulator } from "./context";

// The charge behind an invoice payment that went through (its payment intent is the invoice payment's), so a
// refund has something to refund. Failed attempts make no charge here, and no charge.* event is sent for it.

export function recordCharge(
  em: Emulator,
  invoice: Stripe.Invoice,
  payment: Stripe.InvoicePayment,
  pmId: string | null,
  now: number,
): Stripe.Charge {
  const card = pmId ? em.state.paymentMethods[pmId]?.pm.card : undefined;
  const charge: Stripe.Charge = {
    id: newId("ch"),
    object: "charge",
    amount: invoice.amount_due,
    amount_captured: invoice.amount_due,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: newId("txn"),
    billing_details: {
      address: null,
      email: invoice.customer_email ?? null,
      name: invoice.customer_name ?? null,
      phone: null,
      tax_id: null,
    },
    calculated_statement_descriptor: "NEWSSTAND",
    captured: true,
    created: now,
    currency: invoice.currency,
    customer: idOf(invoice.customer),
    description: "Subscription update",
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: payment.payment.payment_intent ? idOf(payment.payment.payment_intent) : null,
    payment_method: pmId,
    payment_method_details: card
      ? {
          type: "card",
          card: {
            amount_authorized: invoice.amount_due,
            authorization_code: null,
            brand: card.brand,
            checks: card.checks,
            country: card.country,
            electronic_commerce_indicator: null,
            exp_month: card.exp_month,
            exp_year: card.exp_year,
            fingerprint: card.fingerprint ?? null,
            funding: card.funding,
            installments: null,
            last4: card.last4,
            mandate: null,
            network: card.brand,
            network_token: { used: false },
            network_transaction_id: null,
            regulated_status: card.regulated_status ?? null,
            three_d_secure: null,
            transaction_link_id: null,
            wallet: null,
          },
        }
      : null,
    receipt_email: null,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  };
  em.state.charges[charge.id] = charge;
  return charge;
}

/** The charge of a payment intent (invoice payments name theirs), if one went through. */
export function chargeOfPaymentIntent(em: Emulator, paymentIntentId: string): Stripe.Charge | undefined {
  return Object.values(em.state.charges).find((c) => c.payment_intent === paymentIntentId);
}
