import type Stripe from "stripe";
import type { Emulator } from "../engine/context";
import { requireFound, resourceMissing } from "../wire/errors";

// `metadata=` clears all keys; `metadata[key]=` removes one key.
export function mergeMetadata(
  existing: Stripe.Metadata | null,
  update: "" | Record<string, string> | undefined,
): Stripe.Metadata {
  if (update === undefined) return { ...(existing ?? {}) };
  if (update === "") return {};
  const merged: Stripe.Metadata = { ...(existing ?? {}) };
  for (const [key, value] of Object.entries(update)) {
    if (value === "") delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

export function getCustomer(em: Emulator, id: string, param = "id"): Stripe.Customer {
  const customer = em.state.customers[id];
  if (!customer || em.state.deletedCustomers.includes(id)) throw resourceMissing("customer", id, param);
  return customer;
}

export function getPrice(em: Emulator, id: string, param = "id"): Stripe.Price {
  return requireFound(em.state.prices[id], "price", id, param);
}

export function getProduct(em: Emulator, id: string, param = "id"): Stripe.Product {
  return requireFound(em.state.products[id], "product", id, param);
}

// Unsettable string params: "" (and absence) mean null.
export function orNull(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : value.id;
}

export function param(req: { params: Record<string, string> }, name = "id"): string {
  return req.params[name] ?? "";
}

// A JSON copy: what the wire would carry (Decimal values become strings).
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
