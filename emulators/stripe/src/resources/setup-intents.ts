import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import { requireFound } from "../wire/errors";
import { createdFilter, listParams, parseParams, str } from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { emitEvent } from "./events";

// A Checkout that charges nothing today (a trial) saves the card with a SetupIntent, not a payment, as Stripe
// does: the session's `setup_intent`, succeeded, usage off_session, with setup_intent.created and .succeeded.
// A trial taken without a card (`payment_method_collection=if_required`) makes none.

export function recordCardSetup(
  em: Emulator,
  customer: string,
  paymentMethod: string,
  clock: string | null,
): Stripe.SetupIntent {
  const id = newId("seti");
  const intent: Stripe.SetupIntent = {
    id,
    object: "setup_intent",
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: `${id}_secret_${newId("x").slice(2)}`,
    created: em.now(clock),
    customer,
    description: null,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { mandate_options: null, network: null, request_three_d_secure: "automatic" },
    },
    payment_method_types: ["card"],
    single_use_mandate: null,
    status: "requires_payment_method",
    usage: "off_session",
  };
  em.state.setupIntents[id] = intent;
  emitEvent(em, "setup_intent.created", intent, { clock });
  intent.payment_method = paymentMethod;
  intent.status = "succeeded";
  emitEvent(em, "setup_intent.succeeded", intent, { clock });
  return intent;
}

const listSchema = z.strictObject({
  ...listParams,
  customer: str.optional(),
  payment_method: str.optional(),
  created: createdFilter,
});

export const setupIntentRoutes: Route[] = [
  retrieveRoute("/v1/setup_intents/:id", (em, id) =>
    requireFound(em.state.setupIntents[id], "setup_intent", id),
  ),
  {
    method: "GET",
    path: "/v1/setup_intents",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.setupIntents).filter(
        (s) =>
          (p.customer === undefined || s.customer === p.customer) &&
          (p.payment_method === undefined || s.payment_method === p.payment_method) &&
          matchesCreated(s.created, p.created),
      );
      return paginate(all, p, "/v1/setup_intents");
    },
  },
];
