import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { attemptPayment, paymentMethodFor } from "../engine/invoicing";
import { updateWithEvent } from "../engine/subscriptions";
import { retrieveRoute, type Route } from "../router";
import { cardDeclined, invalidRequest, requireFound } from "../wire/errors";
import { createdFilter, expand, listParams, parseParams, str } from "../wire/params";
import { matchesCreated, paginate, paginateInOrder } from "../wire/pagination";
import { idOf, param } from "./common";
import { getPaymentMethod } from "./payment-methods";

function getInvoice(em: Emulator, id: string): Stripe.Invoice {
  return requireFound(em.state.invoices[id], "invoice", id);
}

function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  return idOf(invoice.parent?.subscription_details?.subscription);
}

// Pays an open invoice (API `pay`, or after a card update in the portal); a paid invoice brings a past_due subscription back.
export function payInvoice(em: Emulator, invoice: Stripe.Invoice, pmId: string | null): boolean {
  const rec = em.state.subscriptions[subscriptionOfInvoice(invoice) ?? ""];
  const pm = pmId ?? (rec ? paymentMethodFor(em, rec.sub) : null);
  const paid = attemptPayment(em, invoice, pm);
  if (paid && rec && rec.sub.status === "past_due" && rec.sub.latest_invoice === invoice.id) {
    updateWithEvent(em, rec, () => {
      rec.sub.status = "active";
    });
  }
  return paid;
}

const listSchema = z.strictObject({
  ...listParams,
  customer: str.optional(),
  subscription: str.optional(),
  status: z.enum(["draft", "open", "paid", "uncollectible", "void"]).optional(),
  collection_method: z.enum(["charge_automatically", "send_invoice"]).optional(),
  created: createdFilter,
});

export const invoiceRoutes: Route[] = [
  retrieveRoute("/v1/invoices/:id", (em, id) => getInvoice(em, id)),
  {
    method: "GET",
    path: "/v1/invoices/:id/lines",
    handle: (em, req) => {
      const invoice = getInvoice(em, param(req));
      return paginateInOrder(
        invoice.lines.data,
        parseParams(z.strictObject(listParams), req.input),
        `/v1/invoices/${invoice.id}/lines`,
      );
    },
  },
  {
    method: "POST",
    path: "/v1/invoices/:id/pay",
    handle: (em, req) => {
      const p = parseParams(z.strictObject({ payment_method: str.optional(), expand }), req.input);
      const invoice = getInvoice(em, param(req));
      if (invoice.status !== "open")
        throw invalidRequest("Invoice is already paid", undefined, "invoice_not_editable");
      const pm = p.payment_method ? getPaymentMethod(em, p.payment_method, "payment_method").pm.id : null;
      if (!payInvoice(em, invoice, pm)) {
        throw cardDeclined("generic_decline");
      }
      return invoice;
    },
  },
  {
    method: "GET",
    path: "/v1/invoices",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.invoices).filter(
        (inv) =>
          (p.customer === undefined || inv.customer === p.customer) &&
          (p.subscription === undefined || subscriptionOfInvoice(inv) === p.subscription) &&
          (p.status === undefined || inv.status === p.status) &&
          matchesCreated(inv.created, p.created),
      );
      return paginate(all, p, "/v1/invoices");
    },
  },
];
