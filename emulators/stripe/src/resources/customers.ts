import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import type { Route } from "../router";
import { newId } from "../state/ids";
import { resourceMissing } from "../wire/errors";
import { createdFilter, expand, listParams, metadata, parseParams, str, unsettable } from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { cloneJson, getCustomer, mergeMetadata, orNull, param } from "./common";
import { diffPrevious, emitEvent } from "./events";
import { attachPaymentMethod, getPaymentMethod } from "./payment-methods";
import { declineFor } from "./test-cards";

const fields = {
  email: unsettable(str).optional(),
  name: unsettable(str).optional(),
  description: unsettable(str).optional(),
  phone: unsettable(str).optional(),
  metadata,
  expand,
  invoice_settings: z.strictObject({ default_payment_method: unsettable(str).optional() }).optional(),
};
const createSchema = z.strictObject({
  ...fields,
  test_clock: str.optional(),
  payment_method: str.optional(),
});
const updateSchema = z.strictObject(fields);
const listSchema = z.strictObject({
  ...listParams,
  email: str.optional(),
  test_clock: str.optional(),
  created: createdFilter,
});

export function createCustomer(em: Emulator, p: z.output<typeof createSchema>): Stripe.Customer {
  if (p.test_clock && !em.state.testClocks[p.test_clock])
    throw resourceMissing("test_clock", p.test_clock, "test_clock");
  // Check the card before creating anything: a declined card must leave no customer behind.
  const card = p.payment_method ? getPaymentMethod(em, p.payment_method, "payment_method") : null;
  if (card?.behavior === "decline_on_attach") declineFor(card.pm.card?.last4 ?? "");
  const clock = p.test_clock ?? null;
  const id = newId("cus");
  const customer = {
    id,
    object: "customer",
    address: null,
    balance: 0,
    created: em.now(clock),
    currency: null,
    default_source: null,
    delinquent: false,
    description: orNull(p.description),
    discount: null,
    email: orNull(p.email),
    invoice_prefix: id.slice(4, 12).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: mergeMetadata(null, p.metadata),
    name: orNull(p.name),
    next_invoice_sequence: 1,
    phone: orNull(p.phone),
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: clock,
    customer_account: null,
  } satisfies Stripe.Customer;
  em.state.customers[id] = customer;
  emitEvent(em, "customer.created", customer, { clock });
  if (card) attachPaymentMethod(em, card, id);
  const defaultPm = p.invoice_settings?.default_payment_method ?? null;
  // The same test alias in both fields names the one card this request attached.
  if (defaultPm)
    setDefaultPaymentMethod(em, customer, card && defaultPm === p.payment_method ? card.pm.id : defaultPm);
  return customer;
}

export function setDefaultPaymentMethod(em: Emulator, customer: Stripe.Customer, pmId: string | null): void {
  const before = cloneJson(customer);
  let stored: string | null = null;
  if (pmId) {
    const record = getPaymentMethod(em, pmId, "invoice_settings[default_payment_method]");
    if (record.pm.customer !== customer.id) attachPaymentMethod(em, record, customer.id);
    // pm_card_visa stands for a fresh PaymentMethod: the customer keeps that one's id, as Stripe does.
    stored = record.pm.id;
  }
  customer.invoice_settings = { ...customer.invoice_settings, default_payment_method: stored };
  emitEvent(em, "customer.updated", customer, {
    clock: em.clockOfCustomer(customer.id),
    previous: diffPrevious(before, customer),
  });
}

function updateCustomer(
  em: Emulator,
  customer: Stripe.Customer,
  p: z.output<typeof updateSchema>,
): Stripe.Customer {
  const before = cloneJson(customer);
  if (p.email !== undefined) customer.email = orNull(p.email);
  if (p.name !== undefined) customer.name = orNull(p.name);
  if (p.description !== undefined) customer.description = orNull(p.description);
  if (p.phone !== undefined) customer.phone = orNull(p.phone);
  customer.metadata = mergeMetadata(customer.metadata, p.metadata);
  const pm = p.invoice_settings?.default_payment_method;
  if (pm !== undefined) {
    setDefaultPaymentMethod(em, customer, orNull(pm));
    return customer;
  }
  const previous = diffPrevious(before, customer);
  if (previous)
    emitEvent(em, "customer.updated", customer, { clock: em.clockOfCustomer(customer.id), previous });
  return customer;
}

function deleteCustomer(em: Emulator, customer: Stripe.Customer): Stripe.DeletedCustomer {
  em.state.deletedCustomers.push(customer.id);
  emitEvent(em, "customer.deleted", customer, { clock: em.clockOfCustomer(customer.id) });
  return { id: customer.id, object: "customer", deleted: true };
}

export const customerRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/customers",
    handle: (em, req) => createCustomer(em, parseParams(createSchema, req.input)),
  },
  {
    method: "GET",
    path: "/v1/customers/:id",
    handle: (em, req) => {
      parseParams(z.strictObject({ expand }), req.input);
      const id = param(req);
      if (em.state.deletedCustomers.includes(id)) return { id, object: "customer", deleted: true };
      return getCustomer(em, id);
    },
  },
  {
    method: "POST",
    path: "/v1/customers/:id",
    handle: (em, req) =>
      updateCustomer(em, getCustomer(em, param(req)), parseParams(updateSchema, req.input)),
  },
  {
    method: "DELETE",
    path: "/v1/customers/:id",
    handle: (em, req) => {
      parseParams(z.strictObject({}), req.input);
      return deleteCustomer(em, getCustomer(em, param(req)));
    },
  },
  {
    method: "GET",
    path: "/v1/customers",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.customers).filter(
        (c) =>
          !em.state.deletedCustomers.includes(c.id) &&
          (p.email === undefined || c.email === p.email) &&
          (p.test_clock === undefined || c.test_clock === p.test_clock) &&
          matchesCreated(c.created, p.created),
      );
      return paginate(all, p, "/v1/customers");
    },
  },
];
