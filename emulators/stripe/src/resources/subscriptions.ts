import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { applyItemChanges } from "../engine/price-switch";
import {
  applyCancelAtPeriodEnd,
  cancelNow,
  clockOf,
  createSubscription,
  endTrial,
  periodOf,
  resumeSubscription,
  updateWithEvent,
} from "../engine/subscriptions";
import { retrieveRoute, type Route } from "../router";
import type { SubscriptionRecord } from "../state/types";
import { cardDeclined, invalidRequest, requireFound } from "../wire/errors";
import {
  bool,
  cancellationFeedback,
  createdFilter,
  expand,
  int,
  nonNegativeInt,
  listParams,
  metadata,
  parseParams,
  str,
  trialSettings,
  unsettable,
} from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { getCustomer, getPrice, mergeMetadata, orNull, param } from "./common";
import { getPaymentMethod } from "./payment-methods";

const cancellationDetails = z
  .strictObject({
    comment: unsettable(str).optional(),
    feedback: unsettable(cancellationFeedback).optional(),
  })
  .optional();
const prorationBehavior = z.enum(["create_prorations", "none", "always_invoice"]).optional();
const paymentBehavior = z
  .enum(["allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"])
  .optional();
const trialEndParam = z.union([z.literal("now"), int]).optional();
// Card is the one payment method type the emulator has; these settings are stored and shown, not acted on.
const paymentSettings = z
  .strictObject({
    payment_method_types: unsettable(z.array(z.enum(["card"]))).optional(),
    payment_method_options: unsettable(
      z.strictObject({
        card: unsettable(
          z.strictObject({ request_three_d_secure: z.enum(["any", "automatic", "challenge"]).optional() }),
        ).optional(),
      }),
    ).optional(),
    save_default_payment_method: z.enum(["off", "on_subscription"]).optional(),
  })
  .optional();

const updateSchema = z.strictObject({
  cancel_at_period_end: bool.optional(),
  cancel_at: unsettable(int).optional(),
  cancellation_details: cancellationDetails,
  items: z
    .array(
      z.strictObject({
        id: str.optional(),
        price: str.optional(),
        quantity: nonNegativeInt.optional(),
        deleted: bool.optional(),
        metadata,
      }),
    )
    .optional(),
  proration_behavior: prorationBehavior,
  payment_behavior: paymentBehavior,
  trial_end: trialEndParam,
  trial_settings: trialSettings,
  default_payment_method: unsettable(str).optional(),
  description: unsettable(str).optional(),
  payment_settings: paymentSettings,
  metadata,
  expand,
});
const createSchema = z.strictObject({
  customer: str,
  items: z.array(z.strictObject({ price: str, quantity: nonNegativeInt.optional(), metadata })).min(1),
  trial_period_days: nonNegativeInt.optional(),
  trial_end: trialEndParam,
  trial_settings: trialSettings,
  default_payment_method: str.optional(),
  payment_behavior: paymentBehavior,
  payment_settings: paymentSettings,
  description: str.optional(),
  metadata,
  expand,
});
// This API version's resume: an object for the anchor (a bare "now" was the older form and is refused).
const resumeSchema = z.strictObject({
  billing_cycle_anchor: z.strictObject({ type: z.enum(["now", "unchanged"]) }).optional(),
  payment_behavior: z.enum(["resume_on_payment_attempt", "resume_on_payment_success"]).optional(),
  proration_behavior: prorationBehavior,
  proration_date: int.optional(),
  expand,
});
const listSchema = z.strictObject({
  ...listParams,
  customer: str.optional(),
  price: str.optional(),
  status: z
    .enum([
      "active",
      "all",
      "canceled",
      "ended",
      "incomplete",
      "incomplete_expired",
      "past_due",
      "paused",
      "trialing",
      "unpaid",
    ])
    .optional(),
  test_clock: str.optional(),
  created: createdFilter,
});

export function getSubscription(em: Emulator, id: string, paramName = "id"): SubscriptionRecord {
  return requireFound(em.state.subscriptions[id], "subscription", id, paramName);
}

// Stripe's answer to any other change of a canceled subscription: a 400 with no code (the subscription exists).
const CANCELED_MAY_CHANGE = new Set(["cancellation_details", "metadata", "expand"]);
function assertChangeable(rec: SubscriptionRecord, p: object): void {
  if (rec.sub.status !== "canceled") return;
  if (Object.keys(p).every((key) => CANCELED_MAY_CHANGE.has(key))) return;
  throw invalidRequest("A canceled subscription can only update its cancellation_details and metadata.");
}

function updateSubscription(
  em: Emulator,
  rec: SubscriptionRecord,
  p: z.output<typeof updateSchema>,
): Stripe.Subscription {
  const sub = rec.sub;
  assertChangeable(rec, p);
  const feedbackValue = p.cancellation_details?.feedback === "" ? null : p.cancellation_details?.feedback;
  const comment = p.cancellation_details?.comment === "" ? null : p.cancellation_details?.comment;
  const pm = p.default_payment_method === "" ? null : p.default_payment_method;
  if (pm) {
    const record = getPaymentMethod(em, pm, "default_payment_method");
    if (record.pm.customer !== sub.customer)
      throw invalidRequest(
        "The customer does not have a payment method with the ID " + pm + ".",
        "default_payment_method",
      );
  }
  const changes = p.items?.map((item) => ({
    id: item.id,
    price: item.price ? getPrice(em, item.price, "items[0][price]") : undefined,
    quantity: item.quantity,
    deleted: item.deleted,
  }));
  // One request, one customer.subscription.updated, as at Stripe.
  updateWithEvent(em, rec, () => {
    if (p.cancel_at_period_end !== undefined)
      applyCancelAtPeriodEnd(em, rec, p.cancel_at_period_end, { comment, feedback: feedbackValue });
    if (pm !== undefined) sub.default_payment_method = pm;
    if (p.payment_settings)
      sub.payment_settings = applyPaymentSettings(sub.payment_settings, p.payment_settings);
    if (p.metadata !== undefined) sub.metadata = mergeMetadata(sub.metadata, p.metadata);
    if (p.description !== undefined) sub.description = orNull(p.description);
    if (p.trial_settings)
      sub.trial_settings = {
        end_behavior: {
          billing_cycle_anchor: null,
          missing_payment_method: p.trial_settings.end_behavior.missing_payment_method,
        },
      };
    if (p.cancel_at !== undefined) {
      sub.cancel_at = p.cancel_at === "" ? null : p.cancel_at;
      sub.cancel_at_period_end = sub.cancel_at !== null && sub.cancel_at === periodOf(sub).end;
    }
    if (p.cancellation_details && p.cancel_at_period_end === undefined) {
      sub.cancellation_details = {
        comment: comment ?? null,
        feedback: feedbackValue ?? null,
        feedback_option: null,
        reason: sub.cancellation_details?.reason ?? null,
      };
    }
    if (changes) applyItemChanges(em, rec, changes, p.proration_behavior ?? "create_prorations");
    if (typeof p.trial_end === "number") {
      sub.trial_end = p.trial_end;
      sub.status = "trialing";
      for (const item of sub.items.data) item.current_period_end = p.trial_end;
    }
  });
  if (p.trial_end === "now" && sub.status === "trialing") {
    const now = em.now(clockOf(rec));
    updateWithEvent(em, rec, () => {
      sub.trial_end = now;
    });
    endTrial(em, rec, now, "subscription_update");
  }
  return sub;
}

function applyPaymentSettings(
  current: Stripe.Subscription.PaymentSettings | null,
  p: NonNullable<z.output<typeof paymentSettings>>,
): Stripe.Subscription.PaymentSettings {
  const next: Stripe.Subscription.PaymentSettings = current ?? {
    payment_method_options: null,
    payment_method_types: null,
    save_default_payment_method: "off",
  };
  if (p.payment_method_types !== undefined)
    next.payment_method_types = p.payment_method_types === "" ? null : p.payment_method_types;
  if (p.payment_method_options !== undefined) {
    const card = p.payment_method_options === "" ? undefined : p.payment_method_options.card;
    next.payment_method_options =
      card === undefined || card === ""
        ? null
        : {
            acss_debit: null,
            bancontact: null,
            card: { network: null, request_three_d_secure: card.request_three_d_secure ?? "automatic" },
            customer_balance: null,
            konbini: null,
            payto: null,
            pix: null,
            sepa_debit: null,
            upi: null,
            us_bank_account: null,
          };
  }
  if (p.save_default_payment_method !== undefined)
    next.save_default_payment_method = p.save_default_payment_method;
  return next;
}

function createFromParams(em: Emulator, p: z.output<typeof createSchema>): Stripe.Subscription {
  const customer = getCustomer(em, p.customer, "customer");
  const items = p.items.map((item, i) => ({
    price: getPrice(em, item.price, `items[${i}][price]`),
    quantity: item.quantity ?? 1,
  }));
  if (p.default_payment_method) getPaymentMethod(em, p.default_payment_method, "default_payment_method");
  const rec = createSubscription(em, {
    customer: customer.id,
    items,
    trialEnd: typeof p.trial_end === "number" ? p.trial_end : null,
    trialPeriodDays: p.trial_end === "now" ? null : (p.trial_period_days ?? null),
    missingPaymentMethod: p.trial_settings?.end_behavior.missing_payment_method ?? "create_invoice",
    defaultPaymentMethod: p.default_payment_method ?? null,
    metadata: mergeMetadata(null, p.metadata),
    description: p.description ?? null,
  });
  if (rec.sub.status === "incomplete" && p.payment_behavior === "error_if_incomplete") {
    throw invalidRequest(
      "This customer has no attached payment source or default payment method.",
      undefined,
      "resource_missing",
    );
  }
  return rec.sub;
}

export const subscriptionRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/subscriptions",
    handle: (em, req) => createFromParams(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/subscriptions/:id", (em, id) => getSubscription(em, id).sub),
  {
    method: "POST",
    path: "/v1/subscriptions/:id",
    handle: (em, req) =>
      updateSubscription(em, getSubscription(em, param(req)), parseParams(updateSchema, req.input)),
  },
  {
    method: "DELETE",
    path: "/v1/subscriptions/:id",
    handle: (em, req) => {
      const p = parseParams(
        z.strictObject({
          cancellation_details: cancellationDetails,
          invoice_now: bool.optional(),
          prorate: bool.optional(),
          expand,
        }),
        req.input,
      );
      const rec = getSubscription(em, param(req));
      if (rec.sub.status === "canceled")
        throw invalidRequest(
          "A canceled subscription can only update its cancellation_details and metadata.",
          undefined,
          "resource_missing",
        );
      cancelNow(em, rec, {
        reason: "cancellation_requested",
        comment: p.cancellation_details?.comment || null,
        feedback: p.cancellation_details?.feedback || null,
      });
      return rec.sub;
    },
  },
  {
    method: "POST",
    path: "/v1/subscriptions/:id/resume",
    handle: (em, req) => {
      const p = parseParams(resumeSchema, req.input);
      const rec = getSubscription(em, param(req));
      if (rec.sub.status !== "paused") throw invalidRequest("Only a paused subscription can be resumed.");
      if (p.billing_cycle_anchor?.type === "unchanged")
        throw invalidRequest(
          "The emulator resumes with billing_cycle_anchor[type]=now only.",
          "billing_cycle_anchor[type]",
        );
      if (!resumeSubscription(em, rec, p.payment_behavior)) throw cardDeclined("generic_decline");
      return rec.sub;
    },
  },
  {
    method: "GET",
    path: "/v1/subscriptions",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const status = p.status;
      const all = Object.values(em.state.subscriptions)
        .map((r) => r.sub)
        .filter(
          (s) =>
            (p.customer === undefined || s.customer === p.customer) &&
            (p.test_clock === undefined || s.test_clock === p.test_clock) &&
            (p.price === undefined || s.items.data.some((i) => i.price.id === p.price)) &&
            (status === "all" ||
              (status === undefined
                ? s.status !== "canceled"
                : status === "ended"
                  ? ["canceled", "incomplete_expired"].includes(s.status)
                  : s.status === status)) &&
            matchesCreated(s.created, p.created),
        );
      return paginate(all, p, "/v1/subscriptions");
    },
  },
];
