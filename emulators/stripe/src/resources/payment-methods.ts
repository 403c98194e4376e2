import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import type { PaymentMethodRecord } from "../state/types";
import { invalidRequest, resourceMissing } from "../wire/errors";
import { expand, int, listParams, metadata, parseParams, str } from "../wire/params";
import { paginate } from "../wire/pagination";
import { getCustomer, idOf, mergeMetadata, param } from "./common";
import { emitEvent } from "./events";
import { declineFor, findCardByAlias, findTestCard, type TestCard } from "./test-cards";

const billingDetails = z
  .strictObject({ name: str.optional(), email: str.optional(), phone: str.optional() })
  .optional();
const createSchema = z.strictObject({
  type: z.enum(["card"]),
  card: z
    .strictObject({
      number: str.optional(),
      exp_month: int.optional(),
      exp_year: int.optional(),
      cvc: str.optional(),
      token: str.optional(),
    })
    .optional(),
  billing_details: billingDetails,
  metadata,
  expand,
});

export function createCardPaymentMethod(
  em: Emulator,
  card: TestCard,
  details: {
    expMonth?: number;
    expYear?: number;
    name?: string | null;
    email?: string | null;
    metadata?: Stripe.Metadata;
    clock?: string | null;
  },
): PaymentMethodRecord {
  const pm = {
    id: newId("pm"),
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: {
      address: null,
      email: details.email ?? null,
      name: details.name ?? null,
      phone: null,
      tax_id: null,
    },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
      country: "US",
      display_brand: card.brand,
      exp_month: details.expMonth ?? 12,
      exp_year: details.expYear ?? new Date().getUTCFullYear() + 3,
      fingerprint: card.number.slice(-8).split("").reverse().join("") + "Fp0x",
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: em.now(details.clock),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: details.metadata ?? {},
    type: "card",
  } satisfies Stripe.PaymentMethod;
  const record: PaymentMethodRecord = { pm, behavior: card.behavior };
  em.state.paymentMethods[pm.id] = record;
  return record;
}

export function getPaymentMethod(em: Emulator, id: string, paramName = "id"): PaymentMethodRecord {
  const existing = em.state.paymentMethods[id];
  if (existing) return existing;
  // pm_card_visa and friends: Stripe creates a fresh PaymentMethod each time one is used.
  const alias = id.startsWith("pm_card_") ? findCardByAlias(id) : undefined;
  if (alias) return createCardPaymentMethod(em, alias, {});
  throw resourceMissing("payment_method", id, paramName);
}

export function attachPaymentMethod(
  em: Emulator,
  record: PaymentMethodRecord,
  customerId: string,
): Stripe.PaymentMethod {
  const customer = getCustomer(em, customerId, "customer");
  // Stripe checks the card when it is attached; 4000 0000 0000 0002 fails here.
  if (record.behavior === "decline_on_attach") declineFor(record.pm.card?.last4 ?? "");
  if (record.pm.customer && record.pm.customer !== customer.id) {
    throw invalidRequest(
      "The payment method you provided has already been attached to a customer.",
      "payment_method",
    );
  }
  if (record.pm.customer === customer.id) return record.pm;
  record.pm.customer = customer.id;
  emitEvent(em, "payment_method.attached", record.pm, { clock: em.clockOfCustomer(customer.id) });
  return record.pm;
}

function createFromParams(em: Emulator, p: z.output<typeof createSchema>): Stripe.PaymentMethod {
  const card = p.card?.token
    ? findCardByAlias(p.card.token)
    : p.card?.number
      ? findTestCard(p.card.number)
      : undefined;
  if (p.card?.token && !card) throw resourceMissing("token", p.card.token, "card[token]");
  if (!card)
    throw invalidRequest("Missing required param: card[number].", "card[number]", "parameter_missing");
  return createCardPaymentMethod(em, card, {
    expMonth: p.card?.exp_month,
    expYear: p.card?.exp_year,
    name: p.billing_details?.name,
    email: p.billing_details?.email,
    metadata: mergeMetadata(null, p.metadata),
  }).pm;
}

const listSchema = z.strictObject({
  ...listParams,
  customer: str.optional(),
  type: z.enum(["card"]).optional(),
});
const customerListSchema = z.strictObject({ ...listParams, type: z.enum(["card"]).optional() });

function listFor(
  em: Emulator,
  customer: string | undefined,
  p: z.output<typeof customerListSchema>,
  url: string,
) {
  const all = Object.values(em.state.paymentMethods)
    .map((r) => r.pm)
    .filter((pm) => customer === undefined || pm.customer === customer);
  return paginate(all, p, url);
}

export const paymentMethodRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_methods",
    handle: (em, req) => createFromParams(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/payment_methods/:id", (em, id) => getPaymentMethod(em, id).pm),
  {
    method: "POST",
    path: "/v1/payment_methods/:id",
    handle: (em, req) => {
      const p = parseParams(z.strictObject({ metadata, billing_details: billingDetails, expand }), req.input);
      const { pm } = getPaymentMethod(em, param(req));
      pm.metadata = mergeMetadata(pm.metadata, p.metadata);
      if (p.billing_details) pm.billing_details = { ...pm.billing_details, ...p.billing_details };
      emitEvent(em, "payment_method.updated", pm, { clock: em.clockOfCustomer(idOf(pm.customer)) });
      return pm;
    },
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    handle: (em, req) => {
      const p = parseParams(z.strictObject({ customer: str, expand }), req.input);
      return attachPaymentMethod(em, getPaymentMethod(em, param(req)), p.customer);
    },
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/detach",
    handle: (em, req) => {
      parseParams(z.strictObject({ expand }), req.input);
      const { pm } = getPaymentMethod(em, param(req));
      if (!pm.customer)
        throw invalidRequest(
          "The payment method you provided is not attached to a customer so detachment is impossible.",
        );
      const customer = idOf(pm.customer);
      pm.customer = null;
      emitEvent(em, "payment_method.detached", pm, { clock: em.clockOfCustomer(customer) });
      return pm;
    },
  },
  {
    method: "GET",
    path: "/v1/payment_methods",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      if (p.customer) getCustomer(em, p.customer, "customer");
      return listFor(em, p.customer, p, "/v1/payment_methods");
    },
  },
  {
    method: "GET",
    path: "/v1/customers/:id/payment_methods",
    handle: (em, req) => {
      const id = getCustomer(em, param(req)).id;
      return listFor(
        em,
        id,
        parseParams(customerListSchema, req.input),
        `/v1/customers/${id}/payment_methods`,
      );
    },
  },
];
