import { z } from "zod";
import { retrieveRoute, type Route } from "../router";
import { requireFound } from "../wire/errors";
import { listParams, parseParams, str } from "../wire/params";
import { paginate } from "../wire/pagination";

// /v1/invoice_payments: the payments of invoices (also `expand[]=payments` on an invoice, lookup.ts).

const listSchema = z.strictObject({
  ...listParams,
  invoice: str.optional(),
  // Which invoice a payment intent paid (e.g. a refunded charge's): payment[type]=payment_intent&payment[payment_intent]=pi_…
  payment: z.strictObject({ type: z.enum(["payment_intent"]), payment_intent: str.optional() }).optional(),
  status: z.enum(["canceled", "open", "paid"]).optional(),
});

export const invoicePaymentRoutes: Route[] = [
  retrieveRoute("/v1/invoice_payments/:id", (em, id) =>
    requireFound(em.state.invoicePayments[id], "invoice_payment", id),
  ),
  {
    method: "GET",
    path: "/v1/invoice_payments",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.invoicePayments).filter(
        (payment) =>
          (p.invoice === undefined || payment.invoice === p.invoice) &&
          (p.payment?.payment_intent === undefined ||
            payment.payment.payment_intent === p.payment.payment_intent) &&
          (p.status === undefined || payment.status === p.status),
      );
      return paginate(all, p, "/v1/invoice_payments");
    },
  },
];
