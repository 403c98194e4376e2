import "server-only";
import type Stripe from "stripe";
import { PLAN_KEYS, PRODUCT_NAME, plans, type PlanKey } from "./plans";
import { getStripe } from "./stripe-client";
import { callStripe } from "./errors";

// Makes sure the product, the two prices and the portal configuration exist, found by lookup key
// (prices) or by our metadata marker (product, portal), so running it twice changes nothing.

const MARKER = { newsstand: "membership" } as const;

export interface StripeProducts {
  productId: string;
  priceIds: Record<PlanKey, string>;
  portalConfigurationId: string;
}

export async function ensureStripeProducts(stripe: Stripe = getStripe()): Promise<StripeProducts> {
  return callStripe(async () => {
    const found = await stripe.prices.list({
      lookup_keys: PLAN_KEYS.map((k) => plans[k].lookupKey),
      active: true,
    });
    const byLookup = new Map(found.data.map((p) => [p.lookup_key, p]));
    const existingProduct = found.data.map((p) => p.product).find((p) => typeof p === "string");
    const productId = existingProduct ?? (await ensureProduct(stripe));
    const priceIds = {} as Record<PlanKey, string>;
    for (const key of PLAN_KEYS) {
      const plan = plans[key];
      const price =
        byLookup.get(plan.lookupKey) ??
        (await stripe.prices.create({
          product: productId,
          currency: plan.currency,
          unit_amount: plan.amountMinor,
          recurring: { interval: plan.interval },
          lookup_key: plan.lookupKey,
          nickname: plan.name,
          metadata: { ...MARKER, plan: key },
        }));
      priceIds[key] = price.id;
    }
    const portalConfigurationId = await ensurePortalConfiguration(stripe, productId, priceIds);
    return { productId, priceIds, portalConfigurationId };
  });
}

async function ensureProduct(stripe: Stripe): Promise<string> {
  for await (const product of stripe.products.list({ active: true, limit: 100 })) {
    if (product.metadata.newsstand === MARKER.newsstand) return product.id;
  }
  const product = await stripe.products.create({ name: PRODUCT_NAME, metadata: { ...MARKER } });
  return product.id;
}

function portalFeatures(productId: string, priceIds: Record<PlanKey, string>) {
  return {
    invoice_history: { enabled: true },
    payment_method_update: { enabled: true },
    subscription_cancel: {
      enabled: true,
      mode: "at_period_end" as const,
      cancellation_reason: {
        enabled: true,
        options: ["too_expensive", "missing_features", "unused", "other"] as (
          "too_expensive" | "missing_features" | "unused" | "other"
        )[],
      },
    },
    subscription_update: {
      enabled: true,
      default_allowed_updates: ["price" as const],
      proration_behavior: "create_prorations" as const,
      products: [{ product: productId, prices: PLAN_KEYS.map((k) => priceIds[k]) }],
    },
  };
}

async function ensurePortalConfiguration(
  stripe: Stripe,
  productId: string,
  priceIds: Record<PlanKey, string>,
): Promise<string> {
  const wanted = PLAN_KEYS.map((k) => priceIds[k]).join(",");
  for await (const config of stripe.billingPortal.configurations.list({ active: true, limit: 100 })) {
    // Prices in the metadata: a price change makes a new configuration instead of editing a live one.
    if (config.metadata?.newsstand === MARKER.newsstand && config.metadata.prices === wanted)
      return config.id;
  }
  const config = await stripe.billingPortal.configurations.create({
    name: "Newsstand membership",
    business_profile: { headline: "Manage your Newsstand membership" },
    features: portalFeatures(productId, priceIds),
    metadata: { ...MARKER, prices: wanted },
  });
  return config.id;
}

const globalForProducts = globalThis as unknown as { newsstandStripeProducts?: Promise<StripeProducts> };

/** The product, prices and portal configuration, ensured once per process on first billing use (never at app start). */
export function getStripeProducts(): Promise<StripeProducts> {
  globalForProducts.newsstandStripeProducts ??= ensureStripeProducts().catch((error: unknown) => {
    globalForProducts.newsstandStripeProducts = undefined; // Stripe down now need not mean down forever
    throw error;
  });
  return globalForProducts.newsstandStripeProducts;
}

/** Forgets the memoised products (tests that reset the emulator). */
export function forgetStripeProducts(): void {
  globalForProducts.newsstandStripeProducts = undefined;
}
