import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { amountDueWith } from "../engine/invoice-builder";
import { createSubscriptionInvoice } from "../engine/invoicing";
import { applyItemChanges, type ProrationBehavior } from "../engine/price-switch";
import { clockOf, periodOf } from "../engine/subscriptions";
import { nextCycleLines } from "../engine/upcoming";
import type { Route } from "../router";
import { newId } from "../state/ids";
import type { SubscriptionRecord } from "../state/types";
import { invalidRequest, requireFound } from "../wire/errors";
import { bool, expand, int, parseParams, str } from "../wire/params";
import { cloneJson, getPrice, idOf } from "./common";

// POST /v1/invoices/create_preview for a subscription, optionally with item changes: the invoice the change
// would bring, without changing anything. The change is made for real on the live state with the engine's own
// code (so the preview never drifts from what an update does), the invoice it produced (or, when nothing is
// invoiced at once, the next one) is copied, then the state is rolled back and the change's events dropped.
// `proration_date` is accepted and checked; prorations are computed at the subscription's clock's "now".

const prorationBehavior = z.enum(["create_prorations", "none", "always_invoice"]);

const previewSchema = z.strictObject({
  customer: str.optional(),
  subscription: str,
  subscription_details: z
    .strictObject({
      items: z
        .array(
          z.strictObject({
            id: str.optional(),
            price: str.optional(),
            quantity: int.optional(),
            deleted: bool.optional(),
          }),
        )
        .optional(),
      proration_behavior: prorationBehavior.optional(),
      proration_date: int.optional(),
    })
    .optional(),
  expand,
});

/** The next invoice of a subscription as it now stands: pending prorations plus the next period. */
function nextCycleInvoice(em: Emulator, rec: SubscriptionRecord): Stripe.Invoice {
  return createSubscriptionInvoice(em, rec, "subscription_cycle", nextCycleLines(em, rec));
}

/** A created invoice made to look like Stripe's preview: a draft nobody can pay, with a preview id. */
function asPreview(invoice: Stripe.Invoice, createdAt: number): Stripe.Invoice {
  const copy = cloneJson(invoice);
  // The change was made for real, so the copy is finalized: back to a draft's view of the balance.
  const amountDue = amountDueWith(copy.total, copy.starting_balance);
  return {
    ...copy,
    id: `upcoming_${newId("in")}`,
    created: createdAt,
    status: "draft",
    number: null,
    attempted: false,
    attempt_count: 0,
    amount_due: amountDue,
    amount_paid: 0,
    amount_remaining: amountDue,
    ending_balance: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    next_payment_attempt: null,
    effective_at: null,
    default_payment_method: null,
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
  };
}

function previewInvoice(em: Emulator, input: z.infer<typeof previewSchema>): Stripe.Invoice {
  const rec = requireFound(
    em.state.subscriptions[input.subscription],
    "subscription",
    input.subscription,
    "subscription",
  );
  if (input.customer && idOf(rec.sub.customer) !== input.customer) {
    throw invalidRequest("The subscription does not belong to this customer.", "subscription");
  }
  const details = input.subscription_details;
  const behavior: ProrationBehavior = details?.proration_behavior ?? "create_prorations";
  const period = periodOf(rec.sub);
  if (
    details?.proration_date !== undefined &&
    (details.proration_date < period.start || details.proration_date > period.end)
  ) {
    throw invalidRequest(
      "proration_date must be within the current period.",
      "subscription_details[proration_date]",
    );
  }
  const now = em.now(clockOf(rec));
  const checkpoint = em.store.checkpoint();
  const pendingEvents = em.webhooks.pendingCount();
  const invoicesBefore = new Set(Object.keys(em.state.invoices));
  try {
    const live = em.state.subscriptions[input.subscription] ?? rec;
    const changes = (details?.items ?? []).map((item) => ({
      id: item.id,
      price: item.price ? getPrice(em, item.price, "subscription_details[items][0][price]") : undefined,
      quantity: item.quantity,
      deleted: item.deleted,
    }));
    if (changes.length > 0) applyItemChanges(em, live, changes, behavior);
    const made = Object.values(em.state.invoices).filter(
      (inv) =>
        !invoicesBefore.has(inv.id ?? "") && inv.parent?.subscription_details?.subscription === live.sub.id,
    );
    return asPreview(made.at(-1) ?? nextCycleInvoice(em, live), now);
  } finally {
    em.store.rollback(checkpoint);
    em.webhooks.discardPendingFrom(pendingEvents);
  }
}

export const invoicePreviewRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/invoices/create_preview",
    handle: (em, req) => previewInvoice(em, parseParams(previewSchema, req.input)),
  },
];
