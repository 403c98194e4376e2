import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { runLifecycle } from "../engine/lifecycle";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import { periodEndFor } from "../engine/periods";
import { invalidRequest, requireFound } from "../wire/errors";
import { expand, int, listParams, parseParams, str } from "../wire/params";
import { paginate } from "../wire/pagination";
import { cloneJson, param } from "./common";
import { emitEvent } from "./events";

function getClock(em: Emulator, id: string): Stripe.TestHelpers.TestClock {
  return requireFound(em.state.testClocks[id], "test_clock", id);
}

function createClock(
  em: Emulator,
  p: { frozen_time: number; name?: string | undefined },
): Stripe.TestHelpers.TestClock {
  const created = em.now(null);
  const clock = {
    id: newId("clock"),
    object: "test_helpers.test_clock",
    created,
    deletes_after: created + 30 * 86_400,
    frozen_time: p.frozen_time,
    livemode: false,
    name: p.name ?? null,
    status: "ready",
    status_details: {},
  } satisfies Stripe.TestHelpers.TestClock;
  em.state.testClocks[clock.id] = clock;
  emitEvent(em, "test_helpers.test_clock.created", clock, { clock: clock.id });
  return clock;
}

// Stripe answers "advancing" and works in the background; the emulator does the work before
// answering, so a poll for status "ready" succeeds at once and the state is already settled.
function advanceLimit(em: Emulator, clock: Stripe.TestHelpers.TestClock): number | null {
  const limits = Object.values(em.state.subscriptions)
    .filter(
      (rec) =>
        rec.sub.test_clock === clock.id && !["canceled", "incomplete_expired"].includes(rec.sub.status),
    )
    .flatMap((rec) => rec.sub.items.data.map((item) => item.price))
    .map((price) => periodEndFor(periodEndFor(clock.frozen_time, price), price));
  return limits.length > 0 ? Math.min(...limits) : null;
}

function advanceClock(
  em: Emulator,
  clock: Stripe.TestHelpers.TestClock,
  to: number,
): Stripe.TestHelpers.TestClock {
  if (to <= clock.frozen_time) {
    throw invalidRequest(
      "The frozen_time must be after the test clock's current frozen_time.",
      "frozen_time",
    );
  }
  // Stripe's limit: at most two intervals of the shortest subscription on the clock per advance.
  const limit = advanceLimit(em, clock);
  if (limit !== null && to > limit) {
    throw invalidRequest(
      "Cannot advance the test clock more than two intervals from the current frozen_time, based on the shortest subscription interval on this clock.",
      "frozen_time",
    );
  }
  clock.status = "advancing";
  clock.status_details = { advancing: { target_frozen_time: to } };
  const answer = cloneJson(clock);
  emitEvent(em, "test_helpers.test_clock.advancing", clock, { clock: clock.id });
  // What the advance plays happens on Stripe's side, after the request: no request caused those events.
  em.withoutRequest(() => {
    runLifecycle(em, clock.id, to);
    clock.status = "ready";
    clock.status_details = {};
    emitEvent(em, "test_helpers.test_clock.ready", clock, { clock: clock.id });
  });
  return answer;
}

function deleteClock(em: Emulator, clock: Stripe.TestHelpers.TestClock): Stripe.TestHelpers.DeletedTestClock {
  // Deleting a clock deletes everything that lives on it.
  for (const customer of Object.values(em.state.customers)) {
    if (customer.test_clock === clock.id && !em.state.deletedCustomers.includes(customer.id))
      em.state.deletedCustomers.push(customer.id);
  }
  for (const [id, rec] of Object.entries(em.state.subscriptions)) {
    if (rec.sub.test_clock === clock.id) delete em.state.subscriptions[id];
  }
  delete em.state.testClocks[clock.id];
  emitEvent(em, "test_helpers.test_clock.deleted", clock, { clock: null });
  return { id: clock.id, object: "test_helpers.test_clock", deleted: true };
}

export const testClockRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/test_helpers/test_clocks",
    handle: (em, req) =>
      createClock(
        em,
        parseParams(z.strictObject({ frozen_time: int, name: str.optional(), expand }), req.input),
      ),
  },
  retrieveRoute("/v1/test_helpers/test_clocks/:id", (em, id) => getClock(em, id)),
  {
    method: "POST",
    path: "/v1/test_helpers/test_clocks/:id/advance",
    handle: (em, req) => {
      const p = parseParams(z.strictObject({ frozen_time: int, expand }), req.input);
      return advanceClock(em, getClock(em, param(req)), p.frozen_time);
    },
  },
  {
    method: "DELETE",
    path: "/v1/test_helpers/test_clocks/:id",
    handle: (em, req) => {
      parseParams(z.strictObject({}), req.input);
      return deleteClock(em, getClock(em, param(req)));
    },
  },
  {
    method: "GET",
    path: "/v1/test_helpers/test_clocks",
    handle: (em, req) =>
      paginate(
        Object.values(em.state.testClocks),
        parseParams(z.strictObject(listParams), req.input),
        "/v1/test_helpers/test_clocks",
      ),
  },
];
