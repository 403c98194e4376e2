import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import type { Route } from "../router";
import { newId } from "../state/ids";
import { invalidRequest, resourceMissing } from "../wire/errors";
import { expand, nonNegativeInt, parseParams, str } from "../wire/params";
import { getCustomer } from "./common";
import { emitEvent } from "./events";
import { defaultConfiguration, getConfiguration } from "./portal-configurations";
import { getSubscription } from "./subscriptions";

const afterCompletion = z
  .strictObject({
    type: z.enum(["hosted_confirmation", "portal_homepage", "redirect"]),
    redirect: z.strictObject({ return_url: str }).optional(),
    hosted_confirmation: z.strictObject({ custom_message: str.optional() }).optional(),
  })
  .optional();
const flowData = z.strictObject({
  type: z.enum([
    "payment_method_update",
    "subscription_cancel",
    "subscription_update",
    "subscription_update_confirm",
  ]),
  after_completion: afterCompletion,
  subscription_cancel: z
    .strictObject({
      subscription: str,
      retention: z
        .strictObject({ type: z.enum(["coupon_offer"]), coupon_offer: z.strictObject({ coupon: str }) })
        .optional(),
    })
    .optional(),
  subscription_update: z.strictObject({ subscription: str }).optional(),
  subscription_update_confirm: z
    .strictObject({
      subscription: str,
      items: z
        .array(z.strictObject({ id: str, price: str.optional(), quantity: nonNegativeInt.optional() }))
        .min(1),
    })
    .optional(),
});
const createSchema = z.strictObject({
  customer: str,
  return_url: str.optional(),
  configuration: str.optional(),
  flow_data: flowData.optional(),
  locale: str.optional(),
  expand,
});

type FlowInput = z.output<typeof flowData>;

function checkFlowSubscription(em: Emulator, customer: string, id: string, paramName: string): void {
  const rec = getSubscription(em, id, paramName);
  if (rec.sub.customer !== customer) throw resourceMissing("subscription", id, paramName);
  if (rec.sub.status === "canceled")
    throw invalidRequest("You can't create a portal session for a canceled subscription.", paramName);
}

function buildFlow(
  em: Emulator,
  customer: string,
  config: Stripe.BillingPortal.Configuration,
  flow: FlowInput,
): Stripe.BillingPortal.Session.Flow {
  const after = flow.after_completion ?? { type: "portal_homepage" as const };
  if (after.type === "redirect" && !after.redirect)
    throw invalidRequest(
      "Missing required param: flow_data[after_completion][redirect].",
      "flow_data[after_completion][redirect]",
      "parameter_missing",
    );
  const sub =
    flow.subscription_cancel?.subscription ??
    flow.subscription_update?.subscription ??
    flow.subscription_update_confirm?.subscription;
  if (flow.type !== "payment_method_update") {
    const key = flow.type;
    if (!sub)
      throw invalidRequest(
        `Missing required param: flow_data[${key}].`,
        `flow_data[${key}]`,
        "parameter_missing",
      );
    checkFlowSubscription(em, customer, sub, `flow_data[${key}][subscription]`);
  }
  if (flow.type === "subscription_cancel" && !config.features.subscription_cancel.enabled) {
    throw invalidRequest(
      "This flow cannot be used because subscription cancellation is disabled in the portal configuration.",
      "flow_data[type]",
    );
  }
  if (flow.type.startsWith("subscription_update") && !config.features.subscription_update.enabled) {
    throw invalidRequest(
      "This flow cannot be used because subscription updates are disabled in the portal configuration.",
      "flow_data[type]",
    );
  }
  return {
    type: flow.type,
    after_completion: {
      type: after.type,
      redirect: after.redirect ? { return_url: after.redirect.return_url } : null,
      hosted_confirmation:
        after.type === "hosted_confirmation"
          ? { custom_message: after.hosted_confirmation?.custom_message ?? null }
          : null,
    },
    customer_update: null,
    subscription_cancel: flow.subscription_cancel
      ? { subscription: flow.subscription_cancel.subscription, retention: null }
      : null,
    subscription_pause: null,
    subscription_update: flow.subscription_update
      ? { subscription: flow.subscription_update.subscription }
      : null,
    subscription_update_confirm: flow.subscription_update_confirm
      ? {
          subscription: flow.subscription_update_confirm.subscription,
          discounts: null,
          items: flow.subscription_update_confirm.items.map((i) => ({
            id: i.id,
            price: i.price ?? null,
            ...(i.quantity !== undefined ? { quantity: i.quantity } : {}),
          })),
        }
      : null,
  };
}

function createPortalSession(em: Emulator, p: z.output<typeof createSchema>): Stripe.BillingPortal.Session {
  const customer = getCustomer(em, p.customer, "customer");
  const config = p.configuration
    ? getConfiguration(em, p.configuration, "configuration")
    : defaultConfiguration(em);
  const returnUrl = p.return_url ?? config.default_return_url;
  const id = newId("bps");
  const session = {
    id,
    object: "billing_portal.session",
    configuration: config.id,
    created: em.now(em.clockOfCustomer(customer.id)),
    customer: customer.id,
    customer_account: null,
    flow: p.flow_data ? buildFlow(em, customer.id, config, p.flow_data) : null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: returnUrl ?? null,
    url: `${em.options.publicUrl}/portal/${id}`,
  } satisfies Stripe.BillingPortal.Session;
  em.state.portalSessions[id] = session;
  emitEvent(em, "billing_portal.session.created", session, { clock: em.clockOfCustomer(customer.id) });
  return session;
}

export const portalSessionRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/billing_portal/sessions",
    handle: (em, req) => createPortalSession(em, parseParams(createSchema, req.input)),
  },
];
