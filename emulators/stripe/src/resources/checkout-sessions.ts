import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { createSubscription } from "../engine/subscriptions";
import { retrieveRoute, type Route } from "../router";
import type { CheckoutRecord } from "../state/types";
import { cardDeclined, invalidRequest, requireFound } from "../wire/errors";
import {
  bool,
  expand,
  int,
  listParams,
  metadata,
  nonNegativeInt,
  parseParams,
  str,
  trialSettings,
} from "../wire/params";
import { paginate, paginateInOrder } from "../wire/pagination";
import { getCustomer, getPrice, idOf, mergeMetadata, param } from "./common";
import { buildCheckoutSession, buildLineItem } from "./checkout-builder";
import { createCustomer } from "./customers";
import { emitEvent } from "./events";
import { attachPaymentMethod, createCardPaymentMethod } from "./payment-methods";
import { recordCardSetup } from "./setup-intents";
import { declineFor, type TestCard } from "./test-cards";

const createSchema = z.strictObject({
  mode: z.enum(["payment", "setup", "subscription"]),
  line_items: z.array(z.strictObject({ price: str, quantity: nonNegativeInt.optional() })).optional(),
  customer: str.optional(),
  customer_email: str.optional(),
  client_reference_id: str.optional(),
  metadata,
  success_url: str.optional(),
  cancel_url: str.optional(),
  payment_method_collection: z.enum(["always", "if_required"]).optional(),
  payment_method_types: z.array(z.enum(["card"])).optional(),
  allow_promotion_codes: bool.optional(),
  billing_address_collection: z.enum(["auto", "required"]).optional(),
  locale: str.optional(),
  expires_at: int.optional(),
  // This API version's names (2026-03-25.dahlia renamed hosted → hosted_page); only the hosted page exists here.
  ui_mode: z.enum(["hosted_page", "embedded_page", "elements"]).optional(),
  customer_update: z
    .strictObject({
      address: z.enum(["auto", "never"]).optional(),
      name: z.enum(["auto", "never"]).optional(),
    })
    .optional(),
  subscription_data: z
    .strictObject({
      trial_period_days: nonNegativeInt
        .pipe(z.number().min(1, { message: "trial_days_range" }).max(730, { message: "trial_days_range" }))
        .optional(),
      trial_end: int.optional(),
      trial_settings: trialSettings,
      metadata,
      description: str.optional(),
    })
    .optional(),
  expand,
});

function getCheckout(em: Emulator, id: string): CheckoutRecord {
  return requireFound(em.state.checkoutSessions[id], "checkout.session", id);
}

function createSession(em: Emulator, p: z.output<typeof createSchema>): Stripe.Checkout.Session {
  if (p.mode !== "subscription")
    throw invalidRequest(`The emulator supports mode=subscription only.`, "mode");
  if (p.ui_mode !== undefined && p.ui_mode !== "hosted_page")
    throw invalidRequest("The emulator supports ui_mode=hosted_page only.", "ui_mode");
  if (!p.line_items?.length)
    throw invalidRequest("Missing required param: line_items.", "line_items", "parameter_missing");
  if (p.customer && p.customer_email)
    throw invalidRequest(
      "You may only specify one of these parameters: customer, customer_email.",
      "customer_email",
    );
  const customer = p.customer ? getCustomer(em, p.customer, "customer") : null;
  const lines = p.line_items.map((line, i) => {
    const price = getPrice(em, line.price, `line_items[${i}][price]`);
    if (price.type !== "recurring")
      throw invalidRequest(
        "You must provide at least one recurring price in `subscription` mode when using prices.",
        `line_items[${i}][price]`,
      );
    return {
      price: price.id,
      quantity: line.quantity ?? 1,
      unitAmount: price.unit_amount ?? 0,
      currency: price.currency,
    };
  });
  const trial = p.subscription_data?.trial_period_days ?? p.subscription_data?.trial_end ?? null;
  const clock = em.clockOfCustomer(customer?.id);
  const created = em.now(clock);
  if (p.expires_at !== undefined && (p.expires_at < created + 1800 || p.expires_at > created + 86_400))
    throw invalidRequest(
      "The `expires_at` timestamp must be between 30 minutes and 24 hours after the Checkout Session is created.",
      "expires_at",
    );
  const session = buildCheckoutSession(em, {
    customer: customer?.id ?? null,
    customerEmail: p.customer_email ?? null,
    clientReferenceId: p.client_reference_id ?? null,
    metadata: mergeMetadata(null, p.metadata),
    successUrl: p.success_url ?? null,
    cancelUrl: p.cancel_url ?? null,
    paymentMethodCollection: p.payment_method_collection ?? "always",
    amount: trial ? 0 : lines.reduce((sum, l) => sum + l.unitAmount * l.quantity, 0),
    currency: lines[0]?.currency ?? "usd",
    created,
    expiresAt: p.expires_at ?? created + 24 * 3600,
    locale: p.locale ?? null,
    allowPromotionCodes: p.allow_promotion_codes ?? null,
  });
  em.state.checkoutSessions[session.id] = {
    session,
    lines: lines.map((l) => ({ price: l.price, quantity: l.quantity })),
    trialPeriodDays: p.subscription_data?.trial_period_days ?? null,
    trialEnd: p.subscription_data?.trial_end ?? null,
    missingPaymentMethod:
      p.subscription_data?.trial_settings?.end_behavior.missing_payment_method ?? "create_invoice",
    subscriptionMetadata: mergeMetadata(null, p.subscription_data?.metadata),
    subscriptionDescription: p.subscription_data?.description ?? null,
  };
  return session;
}

export function checkoutLineItems(em: Emulator, rec: CheckoutRecord): Stripe.LineItem[] {
  return rec.lines.map((line) => {
    const price = getPrice(em, line.price);
    const product = em.state.products[idOf(price.product) ?? ""];
    return buildLineItem(price, line.quantity, product?.name ?? null);
  });
}

function hasTrial(rec: CheckoutRecord): boolean {
  return rec.trialPeriodDays !== null || rec.trialEnd !== null;
}

export function needsCard(rec: CheckoutRecord): boolean {
  return rec.session.payment_method_collection === "always" || !hasTrial(rec);
}

export interface CheckoutForm {
  email: string | null;
  name: string | null;
  card: TestCard | null;
  expMonth?: number | undefined;
  expYear?: number | undefined;
}

// Completes a session the way Stripe's hosted page does; returns the URL to redirect to.
export function completeCheckout(em: Emulator, rec: CheckoutRecord, form: CheckoutForm): string {
  const session = rec.session;
  if (session.status !== "open") throw invalidRequest("This Checkout Session is no longer active.");
  if (!form.card && needsCard(rec))
    throw invalidRequest("Enter your card details.", "card[number]", "parameter_missing");
  const trial = hasTrial(rec);
  // Declines happen before anything is created, so a retry on the same page starts clean.
  if (form.card?.behavior === "decline_on_attach") declineFor(form.card.number.slice(-4));
  if (form.card && !trial && form.card.behavior !== "succeed") throw cardDeclined("generic_decline");
  const email = session.customer_email ?? form.email;
  const customerId =
    typeof session.customer === "string"
      ? session.customer
      : createCustomer(em, { email: email ?? undefined, name: form.name ?? undefined }).id;
  const clock = em.clockOfCustomer(customerId);
  let pmId: string | null = null;
  if (form.card) {
    const record = createCardPaymentMethod(em, form.card, {
      expMonth: form.expMonth,
      expYear: form.expYear,
      name: form.name,
      email,
      clock,
    });
    attachPaymentMethod(em, record, customerId);
    pmId = record.pm.id;
  }
  // Nothing is charged today on a trial: the card is saved through a SetupIntent, as Stripe's Checkout does.
  const setupIntent = pmId && trial ? recordCardSetup(em, customerId, pmId, clock).id : null;
  const sub = createSubscription(em, {
    customer: customerId,
    items: rec.lines.map((line) => ({ price: getPrice(em, line.price), quantity: line.quantity })),
    trialEnd: rec.trialEnd,
    trialPeriodDays: rec.trialPeriodDays,
    missingPaymentMethod: rec.missingPaymentMethod,
    defaultPaymentMethod: pmId,
    metadata: rec.subscriptionMetadata,
    description: rec.subscriptionDescription,
  }).sub;
  const customer = getCustomer(em, customerId);
  session.status = "complete";
  session.payment_status = trial ? "no_payment_required" : "paid";
  session.customer = customerId;
  session.subscription = sub.id;
  session.invoice = typeof sub.latest_invoice === "string" ? sub.latest_invoice : null;
  session.customer_details = {
    address: null,
    business_name: null,
    email: customer.email,
    individual_name: null,
    name: customer.name ?? form.name,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
  session.url = null;
  session.setup_intent = setupIntent;
  emitEvent(em, "checkout.session.completed", session, { clock });
  return (session.success_url ?? `${em.options.publicUrl}/checkout/${session.id}`).replaceAll(
    "{CHECKOUT_SESSION_ID}",
    session.id,
  );
}

/** Expires an open session (the API's `expire`, or its `expires_at` passing): status expired, with the event. */
export function expireCheckout(em: Emulator, rec: CheckoutRecord): Stripe.Checkout.Session {
  if (rec.session.status !== "open") {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${rec.session.status}".`,
    );
  }
  rec.session.status = "expired";
  rec.session.url = null;
  emitEvent(em, "checkout.session.expired", rec.session, {
    clock: em.clockOfCustomer(idOf(rec.session.customer)),
  });
  return rec.session;
}

const listSchema = z.strictObject({
  ...listParams,
  customer: str.optional(),
  subscription: str.optional(),
  status: z.enum(["open", "complete", "expired"]).optional(),
});

export const checkoutRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/checkout/sessions",
    handle: (em, req) => createSession(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/checkout/sessions/:id", (em, id) => getCheckout(em, id).session),
  {
    method: "POST",
    path: "/v1/checkout/sessions/:id/expire",
    handle: (em, req) => {
      parseParams(z.strictObject({ expand }), req.input);
      return expireCheckout(em, getCheckout(em, param(req)));
    },
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions/:id/line_items",
    handle: (em, req) => {
      const rec = getCheckout(em, param(req));
      const url = `/v1/checkout/sessions/${rec.session.id}/line_items`;
      return paginateInOrder(
        checkoutLineItems(em, rec),
        parseParams(z.strictObject(listParams), req.input),
        url,
      );
    },
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.checkoutSessions)
        .map((r) => r.session)
        .filter(
          (s) =>
            (p.customer === undefined || s.customer === p.customer) &&
            (p.subscription === undefined || s.subscription === p.subscription) &&
            (p.status === undefined || s.status === p.status),
        );
      return paginate(all, p, "/v1/checkout/sessions");
    },
  },
];
