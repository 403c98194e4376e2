import type Stripe from "stripe";
import { newId } from "../state/ids";
import type { MissingPaymentMethod } from "../state/types";
import { toPlan } from "../resources/prices";

export interface NewSubscription {
  customer: string;
  clock: string | null;
  now: number;
  items: { price: Stripe.Price; quantity: number }[];
  trialEnd: number | null;
  periodEnd: number;
  missingPaymentMethod: MissingPaymentMethod;
  defaultPaymentMethod: string | null;
  metadata: Stripe.Metadata;
  description: string | null;
}

export function buildSubscriptionItem(
  subscriptionId: string,
  price: Stripe.Price,
  quantity: number,
  created: number,
  period: { start: number; end: number },
): Stripe.SubscriptionItem {
  return {
    id: newId("si"),
    object: "subscription_item",
    billing_thresholds: null,
    created,
    current_period_end: period.end,
    current_period_start: period.start,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: toPlan(price),
    price,
    quantity,
    subscription: subscriptionId,
    tax_rates: [],
  } satisfies Stripe.SubscriptionItem;
}

export function buildSubscription(input: NewSubscription): Stripe.Subscription {
  const id = newId("sub");
  const first = input.items[0]?.price;
  const period = { start: input.now, end: input.periodEnd };
  return {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: input.periodEnd,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: input.now,
    currency: first?.currency ?? "usd",
    customer: input.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: input.defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: input.description,
    discounts: [],
    ended_at: null,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: "self" },
    },
    items: {
      object: "list",
      data: input.items.map((item) =>
        buildSubscriptionItem(id, item.price, item.quantity, input.now, period),
      ),
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: "off",
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: input.now,
    status: input.trialEnd ? "trialing" : "incomplete",
    test_clock: input.clock,
    transfer_data: null,
    trial_end: input.trialEnd,
    trial_settings: {
      end_behavior: { billing_cycle_anchor: null, missing_payment_method: input.missingPaymentMethod },
    },
    trial_start: input.trialEnd ? input.now : null,
  } satisfies Stripe.Subscription;
}
