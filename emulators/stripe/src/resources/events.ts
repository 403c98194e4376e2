import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { newId } from "../state/ids";
import { requireFound } from "../wire/errors";
import { createdFilter, listParams, parseParams, str } from "../wire/params";
import { matchesCreated, paginate } from "../wire/pagination";
import { cloneJson } from "./common";
import { retrieveRoute, type Route } from "../router";

export const API_VERSION = "2026-10-28.endive";

// Records an event (readable at /v1/events) and hands it to webhook delivery.
export function emitEvent(
  em: Emulator,
  type: Stripe.Event.Type,
  object: object,
  options: { clock?: string | null; previous?: Record<string, unknown> } = {},
): Stripe.EventBase {
  const request = em.currentRequest;
  const event = {
    id: newId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: em.now(options.clock),
    data: {
      object: cloneJson(object),
      ...(options.previous ? { previous_attributes: cloneJson(options.previous) } : {}),
    },
    livemode: false,
    pending_webhooks: em.webhooks.countEndpointsFor(type),
    request: { id: request?.id ?? null, idempotency_key: request?.idempotencyKey ?? null },
    type,
  } satisfies Stripe.EventBase;
  em.state.events[event.id] = event;
  em.webhooks.enqueue(event);
  return event;
}

// Stripe's previous_attributes: only what changed, with its old value. Nested objects are compared key by
// key (a metadata change names only the keys that changed); an array that changed at all is given whole, as
// Stripe does since 2017-04-06; a key that is new was null before.
export function diffPrevious(before: object, after: object): Record<string, unknown> | undefined {
  const previous = diffObjects(before as Record<string, unknown>, after as Record<string, unknown>);
  return Object.keys(previous).length > 0 ? previous : undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function diffObjects(old: Record<string, unknown>, now: Record<string, unknown>): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    const was = old[key];
    const is = now[key];
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    previous[key] = isPlainObject(was) && isPlainObject(is) ? diffObjects(was, is) : (was ?? null);
  }
  return previous;
}

const listSchema = z.strictObject({
  ...listParams,
  type: str.optional(),
  types: z.array(str).optional(),
  created: createdFilter,
  delivery_success: str.optional(),
});

export const eventRoutes: Route[] = [
  retrieveRoute("/v1/events/:id", (em, id) => requireFound(em.state.events[id], "event", id)),
  {
    method: "GET",
    path: "/v1/events",
    handle: (em, req) => {
      const p = parseParams(listSchema, req.input);
      const all = Object.values(em.state.events).filter(
        (e) =>
          (!p.type || matchesType(e.type, p.type)) &&
          (!p.types || p.types.some((t) => matchesType(e.type, t))) &&
          matchesCreated(e.created, p.created),
      );
      return paginate(all, p, "/v1/events");
    },
  },
];

// `type` accepts a trailing wildcard: customer.subscription.*
function matchesType(type: string, pattern: string): boolean {
  return pattern.endsWith("*") ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}
