import "server-only";
import type Stripe from "stripe";
import { findBillingUser } from "../db/queries/billing";
import { getStripeProducts } from "./stripe-products";
import { callStripe } from "./errors";
import { getStripe } from "./stripe-client";

// The Stripe billing portal: everything about the membership the reader can do themselves.

export type PortalFlow = "default" | "payment_method_update";

export async function createPortalUrl(
  userId: string,
  returnUrl: string,
  flow: PortalFlow = "default",
): Promise<string | null> {
  const user = await findBillingUser(userId);
  if (!user?.stripeCustomerId) return null;
  const customer = user.stripeCustomerId;
  const { portalConfigurationId } = await getStripeProducts();
  const flowData: Stripe.BillingPortal.SessionCreateParams.FlowData | undefined =
    flow === "payment_method_update"
      ? {
          type: "payment_method_update",
          after_completion: { type: "redirect", redirect: { return_url: returnUrl } },
        }
      : undefined;
  const session = await callStripe(() =>
    getStripe().billingPortal.sessions.create({
      customer,
      configuration: portalConfigurationId,
      return_url: returnUrl,
      ...(flowData ? { flow_data: flowData } : {}),
    }),
  );
  return session.url;
}
