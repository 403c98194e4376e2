import { checkoutRoutes } from "./resources/checkout-sessions";
import { customerRoutes } from "./resources/customers";
import { eventRoutes } from "./resources/events";
import { invoicePaymentRoutes } from "./resources/invoice-payments";
import { invoicePreviewRoutes } from "./resources/invoice-preview";
import { invoiceRoutes } from "./resources/invoices";
import { paymentMethodRoutes } from "./resources/payment-methods";
import { portalConfigurationRoutes } from "./resources/portal-configurations";
import { portalSessionRoutes } from "./resources/portal-sessions";
import { priceRoutes } from "./resources/prices";
import { productRoutes } from "./resources/products";
import { refundRoutes } from "./resources/refunds";
import { setupIntentRoutes } from "./resources/setup-intents";
import { subscriptionItemRoutes } from "./resources/subscription-items";
import { subscriptionRoutes } from "./resources/subscriptions";
import { testClockRoutes } from "./resources/test-clocks";
import { webhookEndpointRoutes } from "./resources/webhook-endpoints";
import type { Route } from "./router";

export const apiRoutes: Route[] = [
  ...customerRoutes,
  ...productRoutes,
  ...priceRoutes,
  ...paymentMethodRoutes,
  ...checkoutRoutes,
  ...subscriptionRoutes,
  ...subscriptionItemRoutes,
  ...invoiceRoutes,
  ...invoicePreviewRoutes,
  ...invoicePaymentRoutes,
  ...refundRoutes,
  ...setupIntentRoutes,
  ...portalConfigurationRoutes,
  ...portalSessionRoutes,
  ...eventRoutes,
  ...testClockRoutes,
  ...webhookEndpointRoutes,
];
