import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import { invalidRequest } from "../wire/errors";
import {
  bool,
  createdFilter,
  expand,
  listParams,
  metadata,
  str as nonEmpty,
  parseParams,
  str,
  unsettable,
} from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { cloneJson, getProduct, mergeMetadata, orNull, param } from "./common";
import { diffPrevious, emitEvent } from "./events";

const createSchema = z.strictObject({
  id: str.optional(),
  name: nonEmpty,
  active: bool.optional(),
  description: str.optional(),
  metadata,
  url: str.optional(),
  expand,
});
const updateSchema = z.strictObject({
  name: nonEmpty.optional(),
  active: bool.optional(),
  description: unsettable(str).optional(),
  metadata,
  default_price: str.optional(),
  url: unsettable(str).optional(),
  expand,
});
const listSchema = z.strictObject({
  ...listParams,
  active: bool.optional(),
  ids: z.array(str).optional(),
  created: createdFilter,
});

export function createProduct(em: Emulator, p: z.output<typeof createSchema>): Stripe.Product {
  const id = p.id ?? newId("prod");
  if (em.state.products[id]) throw invalidRequest(`Product already exists.`, "id", "resource_already_exists");
  const now = em.now(null);
  const product = {
    id,
    object: "product",
    active: p.active ?? true,
    created: now,
    default_price: null,
    description: p.description ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: mergeMetadata(null, p.metadata),
    name: p.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: now,
    url: p.url ?? null,
  } satisfies Stripe.Product;
  em.state.products[id] = product;
  emitEvent(em, "product.created", product);
  return product;
}

function updateProduct(
  em: Emulator,
  product: Stripe.Product,
  p: z.output<typeof updateSchema>,
): Stripe.Product {
  const before = cloneJson(product);
  if (p.name !== undefined) product.name = p.name;
  if (p.active !== undefined) product.active = p.active;
  if (p.description !== undefined) product.description = orNull(p.description);
  if (p.url !== undefined) product.url = orNull(p.url);
  if (p.default_price !== undefined) product.default_price = p.default_price;
  product.metadata = mergeMetadata(product.metadata, p.metadata);
  product.updated = em.now(null);
  emitEvent(em, "product.updated", product, { previous: diffPrevious(before, product) });
  return product;
}

export const productRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/products",
    handle: (em, req) => createProduct(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/products/:id", (em, id) => getProduct(em, id)),
  {
    method: "POST",
    path: "/v1/products/:id",
    handle: (em, req) => updateProduct(em, getProduct(em, param(req)), parseParams(updateSchema, req.input)),
  },
  {
    method: "GET",
    path: "/v1/products",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.products).filter(
        (x) =>
          (p.active === undefined || x.active === p.active) &&
          (!p.ids || p.ids.includes(x.id)) &&
          matchesCreated(x.created, p.created),
      );
      return paginate(all, p, "/v1/products");
    },
  },
];
