import type Stripe from "stripe";

export type MissingPaymentMethod = "cancel" | "pause" | "create_invoice";
export type CardBehavior = "succeed" | "decline_on_charge" | "decline_on_attach";

export interface CheckoutLine {
  price: string;
  quantity: number;
}

// What Stripe keeps about a session beyond the object it returns.
export interface CheckoutRecord {
  session: Stripe.Checkout.Session;
  lines: CheckoutLine[];
  trialPeriodDays: number | null;
  trialEnd: number | null;
  missingPaymentMethod: MissingPaymentMethod;
  subscriptionMetadata: Record<string, string>;
  subscriptionDescription: string | null;
}

export interface PendingProration {
  description: string;
  amount: number;
  price: string;
  start: number;
  end: number;
}

export interface SubscriptionRecord {
  sub: Stripe.Subscription;
  // trial_end for which customer.subscription.trial_will_end was already sent.
  trialWillEndSentFor: number | null;
  // Period end for which invoice.upcoming was already sent (absent in state files written before it existed).
  upcomingSentFor?: number | null;
  pendingProrations: PendingProration[];
}

export interface PaymentMethodRecord {
  pm: Stripe.PaymentMethod;
  behavior: CardBehavior;
}

export interface WebhookEndpointRecord {
  endpoint: Stripe.WebhookEndpoint;
  secret: string;
}

export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: string;
  createdMs: number;
}

export interface State {
  customers: Record<string, Stripe.Customer>;
  deletedCustomers: string[];
  products: Record<string, Stripe.Product>;
  prices: Record<string, Stripe.Price>;
  checkoutSessions: Record<string, CheckoutRecord>;
  subscriptions: Record<string, SubscriptionRecord>;
  invoices: Record<string, Stripe.Invoice>;
  invoicePayments: Record<string, Stripe.InvoicePayment>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  setupIntents: Record<string, Stripe.SetupIntent>;
  paymentMethods: Record<string, PaymentMethodRecord>;
  portalConfigurations: Record<string, Stripe.BillingPortal.Configuration>;
  portalSessions: Record<string, Stripe.BillingPortal.Session>;
  events: Record<string, Stripe.EventBase>;
  testClocks: Record<string, Stripe.TestHelpers.TestClock>;
  webhookEndpoints: Record<string, WebhookEndpointRecord>;
  idempotency: Record<string, IdempotencyRecord>;
  invoiceSequence: number;
}

export function createEmptyState(): State {
  return {
    customers: {},
    deletedCustomers: [],
    products: {},
    prices: {},
    checkoutSessions: {},
    subscriptions: {},
    invoices: {},
    invoicePayments: {},
    charges: {},
    refunds: {},
    setupIntents: {},
    paymentMethods: {},
    portalConfigurations: {},
    portalSessions: {},
    events: {},
    testClocks: {},
    webhookEndpoints: {},
    idempotency: {},
    invoiceSequence: 0,
  };
}
