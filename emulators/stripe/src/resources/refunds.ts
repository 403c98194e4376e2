import type Stripe from "stripe";
import { z } from "zod";
import { chargeOfPaymentIntent } from "../engine/charges";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import { invalidRequest, requireFound, resourceMissing } from "../wire/errors";
import { createdFilter, expand, int, listParams, metadata, parseParams, str } from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { cloneJson, idOf, mergeMetadata } from "./common";
import { diffPrevious, emitEvent } from "./events";

// /v1/refunds (and the charges they refund, /v1/charges): a refund of a charge, or of a payment intent's
// charge, whole or in part, at once (a card refund succeeds in test mode). The charge's amount_refunded and
// refunded change; refund.created and charge.refunded (with previous_attributes) are sent, as Stripe does.

const createSchema = z.strictObject({
  charge: str.optional(),
  payment_intent: str.optional(),
  amount: int.pipe(z.number().min(1, { message: "parameter_invalid_integer" })).optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata,
  expand,
});

/** GET `path`: the items, filtered by `created` and by each of `fields` given (an id, equal to the item's). */
function listRoute<T extends { id: string; created: number }>(
  path: string,
  fields: readonly (keyof T & string)[],
  items: (em: Emulator) => T[],
): Route {
  const filters = Object.fromEntries(fields.map((f) => [f, str.optional()]));
  const schema = z.strictObject({ ...listParams, created: createdFilter, ...filters });
  return {
    method: "GET",
    path,
    handle: (em, req) => {
      const p = parseParams(schema, req.input) as z.infer<typeof schema> & Record<string, unknown>;
      const all = items(em).filter(
        (item) =>
          fields.every((f) => p[f] === undefined || item[f] === p[f]) &&
          matchesCreated(item.created, p.created),
      );
      return paginate(all, p, path);
    },
  };
}

const money = (amount: number, currency: string) => `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;

function chargeToRefund(em: Emulator, p: z.infer<typeof createSchema>): Stripe.Charge {
  if (p.charge && p.payment_intent)
    throw invalidRequest("You can only pass one of charge or payment_intent.", "payment_intent");
  if (p.charge) return requireFound(em.state.charges[p.charge], "charge", p.charge, "charge");
  if (!p.payment_intent)
    throw invalidRequest(
      "One of the following params should be provided for this request: payment_intent or charge.",
    );
  const charge = chargeOfPaymentIntent(em, p.payment_intent);
  if (!charge) throw resourceMissing("payment_intent", p.payment_intent, "payment_intent");
  return charge;
}

function createRefund(em: Emulator, p: z.infer<typeof createSchema>): Stripe.Refund {
  const charge = chargeToRefund(em, p);
  const left = charge.amount_captured - charge.amount_refunded;
  if (left <= 0)
    throw invalidRequest(
      `Charge ${charge.id} has already been refunded.`,
      undefined,
      "charge_already_refunded",
    );
  const amount = p.amount ?? left;
  if (amount > left)
    throw invalidRequest(
      `Refund amount (${money(amount, charge.currency)}) is greater than unrefunded amount on charge (${money(left, charge.currency)})`,
      "amount",
    );
  const customer = idOf(charge.customer);
  const clock = customer ? idOf(em.state.customers[customer]?.test_clock) : null;
  const refund: Stripe.Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: newId("txn"),
    charge: charge.id,
    created: em.now(clock),
    currency: charge.currency,
    customer,
    customer_account: null,
    destination_details: { type: "card", card: { type: "refund" } },
    metadata: mergeMetadata(null, p.metadata),
    payment_intent: idOf(charge.payment_intent),
    payment_method: charge.payment_method,
    reason: p.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
  em.state.refunds[refund.id] = refund;
  const before = cloneJson(charge);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount_captured;
  emitEvent(em, "refund.created", refund, { clock });
  emitEvent(em, "charge.refunded", charge, { clock, previous: diffPrevious(before, cloneJson(charge)) });
  return refund;
}

export const refundRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/refunds",
    handle: (em, req) => createRefund(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/refunds/:id", (em, id) => requireFound(em.state.refunds[id], "refund", id)),
  listRoute<Stripe.Refund>("/v1/refunds", ["charge", "payment_intent"], (em) =>
    Object.values(em.state.refunds),
  ),
  retrieveRoute("/v1/charges/:id", (em, id) => requireFound(em.state.charges[id], "charge", id)),
  listRoute<Stripe.Charge>("/v1/charges", ["customer", "payment_intent"], (em) =>
    Object.values(em.state.charges),
  ),
];
