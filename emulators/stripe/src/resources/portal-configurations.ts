import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import { requireFound } from "../wire/errors";
import {
  bool,
  cancellationFeedback,
  expand,
  listParams,
  metadata,
  parseParams,
  str,
  unsettable,
} from "../wire/params";
import { paginate } from "../wire/pagination";
import { mergeMetadata, orNull, param } from "./common";
import { emitEvent } from "./events";

const proration = z.enum(["always_invoice", "create_prorations", "none"]);
const features = z.strictObject({
  customer_update: z
    .strictObject({
      enabled: bool,
      allowed_updates: unsettable(
        z.array(z.enum(["address", "email", "name", "phone", "shipping", "tax_id"])),
      ).optional(),
    })
    .optional(),
  invoice_history: z.strictObject({ enabled: bool }).optional(),
  payment_method_update: z.strictObject({ enabled: bool }).optional(),
  subscription_cancel: z
    .strictObject({
      enabled: bool,
      mode: z.enum(["at_period_end", "immediately"]).optional(),
      proration_behavior: proration.optional(),
      cancellation_reason: z
        .strictObject({ enabled: bool, options: unsettable(z.array(cancellationFeedback)) })
        .optional(),
    })
    .optional(),
  subscription_pause: z.strictObject({ enabled: bool }).optional(),
  subscription_update: z
    .strictObject({
      enabled: bool,
      default_allowed_updates: unsettable(
        z.array(z.enum(["price", "promotion_code", "quantity"])),
      ).optional(),
      proration_behavior: proration.optional(),
      products: unsettable(z.array(z.strictObject({ product: str, prices: z.array(str) }))).optional(),
      billing_cycle_anchor: z.enum(["now", "unchanged"]).optional(),
    })
    .optional(),
});
const businessProfile = z
  .strictObject({
    headline: unsettable(str).optional(),
    privacy_policy_url: str.optional(),
    terms_of_service_url: str.optional(),
  })
  .optional();
const createSchema = z.strictObject({
  features,
  business_profile: businessProfile,
  default_return_url: unsettable(str).optional(),
  metadata,
  name: unsettable(str).optional(),
  login_page: z.strictObject({ enabled: bool }).optional(),
  expand,
});
const updateSchema = z.strictObject({
  features: features.optional(),
  business_profile: businessProfile,
  default_return_url: unsettable(str).optional(),
  metadata,
  name: unsettable(str).optional(),
  active: bool.optional(),
  login_page: z.strictObject({ enabled: bool }).optional(),
  expand,
});

type FeaturesInput = z.output<typeof features>;
const ALL_REASONS = [
  "too_expensive",
  "missing_features",
  "switched_service",
  "unused",
  "customer_service",
  "too_complex",
  "low_quality",
  "other",
] as const;

function list<T>(value: "" | T[] | undefined, fallback: T[]): T[] {
  return value === undefined ? fallback : value === "" ? [] : value;
}

function buildFeatures(
  input: FeaturesInput,
  base: Stripe.BillingPortal.Configuration.Features,
): Stripe.BillingPortal.Configuration.Features {
  const cancel = input.subscription_cancel;
  const update = input.subscription_update;
  return {
    customer_update: input.customer_update
      ? {
          enabled: input.customer_update.enabled,
          allowed_updates: list(input.customer_update.allowed_updates, base.customer_update.allowed_updates),
        }
      : base.customer_update,
    invoice_history: input.invoice_history ?? base.invoice_history,
    payment_method_update: input.payment_method_update
      ? { enabled: input.payment_method_update.enabled, payment_method_configuration: null }
      : base.payment_method_update,
    subscription_cancel: cancel
      ? {
          enabled: cancel.enabled,
          mode: cancel.mode ?? base.subscription_cancel.mode,
          proration_behavior: cancel.proration_behavior ?? base.subscription_cancel.proration_behavior,
          cancellation_reason: cancel.cancellation_reason
            ? {
                enabled: cancel.cancellation_reason.enabled,
                feedback_options: null,
                options: list(cancel.cancellation_reason.options, []),
              }
            : base.subscription_cancel.cancellation_reason,
        }
      : base.subscription_cancel,
    subscription_pause: input.subscription_pause
      ? { enabled: input.subscription_pause.enabled, duration: base.subscription_pause.duration }
      : base.subscription_pause,
    subscription_update: update
      ? {
          enabled: update.enabled,
          billing_cycle_anchor: update.billing_cycle_anchor ?? base.subscription_update.billing_cycle_anchor,
          default_allowed_updates: list(
            update.default_allowed_updates,
            base.subscription_update.default_allowed_updates,
          ),
          proration_behavior: update.proration_behavior ?? base.subscription_update.proration_behavior,
          products:
            update.products === undefined
              ? (base.subscription_update.products ?? null)
              : list(update.products, []).map((p) => ({
                  product: p.product,
                  prices: p.prices,
                  adjustable_quantity: { enabled: false, maximum: null, minimum: 1 },
                })),
          schedule_at_period_end: base.subscription_update.schedule_at_period_end,
          trial_update_behavior: base.subscription_update.trial_update_behavior,
        }
      : base.subscription_update,
  };
}

const DISABLED: Stripe.BillingPortal.Configuration.Features = {
  customer_update: { allowed_updates: [], enabled: false },
  invoice_history: { enabled: false },
  payment_method_update: { enabled: false, payment_method_configuration: null },
  subscription_cancel: {
    cancellation_reason: { enabled: false, feedback_options: null, options: [] },
    enabled: false,
    mode: "at_period_end",
    proration_behavior: "none",
  },
  subscription_pause: { duration: { interval_options: [], type: "indefinite" }, enabled: false },
  subscription_update: {
    billing_cycle_anchor: null,
    default_allowed_updates: [],
    enabled: false,
    products: [],
    proration_behavior: "none",
    schedule_at_period_end: { conditions: [] },
    trial_update_behavior: "end_trial",
  },
};

function createConfiguration(
  em: Emulator,
  p: z.output<typeof createSchema>,
): Stripe.BillingPortal.Configuration {
  const now = em.now(null);
  const isDefault = Object.keys(em.state.portalConfigurations).length === 0;
  const config = {
    id: newId("bpc"),
    object: "billing_portal.configuration",
    active: true,
    application: null,
    business_profile: {
      headline: orNull(p.business_profile?.headline),
      privacy_policy_url: p.business_profile?.privacy_policy_url ?? null,
      terms_of_service_url: p.business_profile?.terms_of_service_url ?? null,
    },
    created: now,
    default_return_url: orNull(p.default_return_url),
    features: buildFeatures(p.features, DISABLED),
    is_default: isDefault,
    livemode: false,
    login_page: { enabled: false, url: null },
    metadata: mergeMetadata(null, p.metadata),
    name: orNull(p.name),
    updated: now,
  } satisfies Stripe.BillingPortal.Configuration;
  em.state.portalConfigurations[config.id] = config;
  emitEvent(em, "billing_portal.configuration.created", config);
  return config;
}

// Stripe needs a default configuration saved in the Dashboard; the emulator makes a generous one on first use.
export function defaultConfiguration(em: Emulator): Stripe.BillingPortal.Configuration {
  const existing = Object.values(em.state.portalConfigurations).find((c) => c.is_default);
  if (existing) return existing;
  const products = Object.values(em.state.products)
    .filter((product) => product.active)
    .map((product) => ({
      product: product.id,
      prices: Object.values(em.state.prices)
        .filter((price) => price.product === product.id && price.active && price.type === "recurring")
        .map((price) => price.id),
    }))
    .filter((p) => p.prices.length > 0);
  return createConfiguration(em, {
    features: {
      customer_update: { enabled: true, allowed_updates: ["email", "name"] },
      invoice_history: { enabled: true },
      payment_method_update: { enabled: true },
      subscription_cancel: {
        enabled: true,
        mode: "at_period_end",
        proration_behavior: "none",
        cancellation_reason: { enabled: true, options: [...ALL_REASONS] },
      },
      subscription_update: {
        enabled: products.length > 0,
        default_allowed_updates: ["price"],
        proration_behavior: "create_prorations",
        products,
      },
    },
  });
}

export function getConfiguration(
  em: Emulator,
  id: string,
  paramName = "id",
): Stripe.BillingPortal.Configuration {
  return requireFound(em.state.portalConfigurations[id], "billing_portal.configuration", id, paramName);
}

export const portalConfigurationRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/billing_portal/configurations",
    handle: (em, req) => createConfiguration(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/billing_portal/configurations/:id", (em, id) => getConfiguration(em, id)),
  {
    method: "POST",
    path: "/v1/billing_portal/configurations/:id",
    handle: (em, req) => {
      const p = parseParams(updateSchema, req.input);
      const config = getConfiguration(em, param(req));
      if (p.features) config.features = buildFeatures(p.features, config.features);
      if (p.active !== undefined) config.active = p.active;
      if (p.default_return_url !== undefined) config.default_return_url = orNull(p.default_return_url);
      if (p.name !== undefined) config.name = orNull(p.name);
      if (p.business_profile)
        config.business_profile = {
          ...config.business_profile,
          ...p.business_profile,
          headline: p.business_profile.headline || config.business_profile.headline,
        };
      config.metadata = mergeMetadata(config.metadata, p.metadata);
      config.updated = em.now(null);
      emitEvent(em, "billing_portal.configuration.updated", config);
      return config;
    },
  },
  {
    method: "GET",
    path: "/v1/billing_portal/configurations",
    handle: (em, req) => {
      const p = parseParams(
        z.strictObject({ ...listParams, active: bool.optional(), is_default: bool.optional() }),
        req.input,
      );
      const all = Object.values(em.state.portalConfigurations).filter(
        (c) =>
          (p.active === undefined || c.active === p.active) &&
          (p.is_default === undefined || c.is_default === p.is_default),
      );
      return paginate(all, p, "/v1/billing_portal/configurations");
    },
  },
];
