import Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import { invalidRequest } from "../wire/errors";
import {
  bool,
  createdFilter,
  expand,
  int,
  nonNegativeInt,
  listParams,
  metadata,
  parseParams,
  str,
  unsettable,
} from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { cloneJson, getPrice, getProduct, mergeMetadata, orNull, param } from "./common";
import { diffPrevious, emitEvent } from "./events";
import { createProduct } from "./products";

const interval = z.enum(["day", "week", "month", "year"]);
const createSchema = z.strictObject({
  currency: z
    .string()
    .regex(/^[a-z]{3}$/i, { message: "currency" })
    .transform((c) => c.toLowerCase()),
  unit_amount: int.pipe(z.number().min(0)).optional(),
  product: str.optional(),
  product_data: z.strictObject({ name: str, metadata, active: bool.optional() }).optional(),
  recurring: z
    .strictObject({
      interval,
      interval_count: int.optional(),
      usage_type: z.enum(["licensed"]).optional(),
      trial_period_days: nonNegativeInt.optional(),
    })
    .optional(),
  lookup_key: str.optional(),
  transfer_lookup_key: bool.optional(),
  nickname: str.optional(),
  active: bool.optional(),
  metadata,
  tax_behavior: z.enum(["exclusive", "inclusive", "unspecified"]).optional(),
  expand,
});
const updateSchema = z.strictObject({
  active: bool.optional(),
  metadata,
  nickname: unsettable(str).optional(),
  lookup_key: unsettable(str).optional(),
  transfer_lookup_key: bool.optional(),
  tax_behavior: z.enum(["exclusive", "inclusive", "unspecified"]).optional(),
  expand,
});
const listSchema = z.strictObject({
  ...listParams,
  active: bool.optional(),
  currency: str.optional(),
  product: str.optional(),
  type: z.enum(["one_time", "recurring"]).optional(),
  lookup_keys: z.array(str).optional(),
  recurring: z
    .strictObject({ interval: interval.optional(), usage_type: z.enum(["licensed", "metered"]).optional() })
    .optional(),
  created: createdFilter,
});

// Lookup keys are unique; transfer_lookup_key moves one from its current price.
function claimLookupKey(em: Emulator, key: string, transfer: boolean | undefined): void {
  const holder = Object.values(em.state.prices).find((p) => p.lookup_key === key);
  if (!holder) return;
  if (!transfer)
    throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, "lookup_key");
  holder.lookup_key = null;
}

export function toPlan(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: price.recurring?.trial_period_days ?? null,
    usage_type: "licensed",
  } satisfies Stripe.Plan;
}

function createPrice(em: Emulator, p: z.output<typeof createSchema>): Stripe.Price {
  if (!p.product && !p.product_data)
    throw invalidRequest("Missing required param: product.", "product", "parameter_missing");
  if (p.unit_amount === undefined)
    throw invalidRequest("Missing required param: unit_amount.", "unit_amount", "parameter_missing");
  const productId = p.product
    ? getProduct(em, p.product, "product").id
    : createProduct(em, { name: p.product_data?.name ?? "", metadata: p.product_data?.metadata }).id;
  if (p.lookup_key) claimLookupKey(em, p.lookup_key, p.transfer_lookup_key);
  const price = {
    id: newId("price"),
    object: "price",
    active: p.active ?? true,
    billing_scheme: "per_unit",
    created: em.now(null),
    currency: p.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: p.lookup_key ?? null,
    metadata: mergeMetadata(null, p.metadata),
    nickname: p.nickname ?? null,
    product: productId,
    recurring: p.recurring
      ? {
          interval: p.recurring.interval,
          interval_count: p.recurring.interval_count ?? 1,
          meter: null,
          trial_period_days: p.recurring.trial_period_days ?? null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior: p.tax_behavior ?? "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: p.recurring ? "recurring" : "one_time",
    unit_amount: p.unit_amount,
    unit_amount_decimal: Stripe.Decimal.from(p.unit_amount),
  } satisfies Stripe.Price;
  em.state.prices[price.id] = price;
  emitEvent(em, "price.created", price);
  return price;
}

function updatePrice(em: Emulator, price: Stripe.Price, p: z.output<typeof updateSchema>): Stripe.Price {
  const before = cloneJson(price);
  if (p.active !== undefined) price.active = p.active;
  if (p.nickname !== undefined) price.nickname = orNull(p.nickname);
  if (p.tax_behavior !== undefined) price.tax_behavior = p.tax_behavior;
  if (p.lookup_key !== undefined) {
    if (p.lookup_key !== "" && p.lookup_key !== price.lookup_key)
      claimLookupKey(em, p.lookup_key, p.transfer_lookup_key);
    price.lookup_key = orNull(p.lookup_key);
  }
  price.metadata = mergeMetadata(price.metadata, p.metadata);
  emitEvent(em, "price.updated", price, { previous: diffPrevious(before, cloneJson(price)) });
  return price;
}

export const priceRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/prices",
    handle: (em, req) => createPrice(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/prices/:id", (em, id) => getPrice(em, id)),
  {
    method: "POST",
    path: "/v1/prices/:id",
    handle: (em, req) => updatePrice(em, getPrice(em, param(req)), parseParams(updateSchema, req.input)),
  },
  {
    method: "GET",
    path: "/v1/prices",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.prices).filter(
        (x) =>
          (p.active === undefined || x.active === p.active) &&
          (p.currency === undefined || x.currency === p.currency) &&
          (p.product === undefined || x.product === p.product) &&
          (p.type === undefined || x.type === p.type) &&
          (p.lookup_keys === undefined || (x.lookup_key !== null && p.lookup_keys.includes(x.lookup_key))) &&
          (p.recurring?.interval === undefined || x.recurring?.interval === p.recurring.interval) &&
          matchesCreated(x.created, p.created),
      );
      return paginate(all, p, "/v1/prices");
    },
  },
];
