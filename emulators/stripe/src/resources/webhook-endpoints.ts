import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import { retrieveRoute, type Route } from "../router";
import { newId } from "../state/ids";
import type { WebhookEndpointRecord } from "../state/types";
import { requireFound } from "../wire/errors";
import { bool, expand, listParams, metadata, parseParams, str, unsettable } from "../wire/params";
import { paginate } from "../wire/pagination";
import { mergeMetadata, orNull, param } from "./common";
import { API_VERSION } from "./events";

const url = z.url({ message: "url" });
const createSchema = z.strictObject({
  url,
  enabled_events: z.array(str).min(1),
  description: str.optional(),
  metadata,
  api_version: str.optional(),
  connect: bool.optional(),
  expand,
});
const updateSchema = z.strictObject({
  url: url.optional(),
  enabled_events: z.array(str).optional(),
  description: unsettable(str).optional(),
  disabled: bool.optional(),
  metadata,
  expand,
});

function getEndpoint(em: Emulator, id: string): WebhookEndpointRecord {
  return requireFound(em.state.webhookEndpoints[id], "webhook_endpoint", id);
}

// Like Stripe, each endpoint created through the API gets its own signing secret, shown once.
export function createWebhookEndpoint(
  em: Emulator,
  p: z.output<typeof createSchema>,
  secret?: string,
): Stripe.WebhookEndpoint {
  const endpoint = {
    id: newId("we"),
    object: "webhook_endpoint",
    api_version: p.api_version ?? API_VERSION,
    application: null,
    created: em.now(null),
    description: p.description ?? null,
    enabled_events: p.enabled_events,
    livemode: false,
    metadata: mergeMetadata(null, p.metadata),
    status: "enabled",
    url: p.url,
  } satisfies Stripe.WebhookEndpoint;
  const signingSecret = secret ?? `whsec_${randomBytes(24).toString("hex")}`;
  em.state.webhookEndpoints[endpoint.id] = { endpoint, secret: signingSecret };
  return { ...endpoint, secret: signingSecret };
}

export const webhookEndpointRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/webhook_endpoints",
    handle: (em, req) => createWebhookEndpoint(em, parseParams(createSchema, req.input)),
  },
  retrieveRoute("/v1/webhook_endpoints/:id", (em, id) => getEndpoint(em, id).endpoint),
  {
    method: "POST",
    path: "/v1/webhook_endpoints/:id",
    handle: (em, req) => {
      const p = parseParams(updateSchema, req.input);
      const { endpoint } = getEndpoint(em, param(req));
      if (p.url !== undefined) endpoint.url = p.url;
      if (p.enabled_events !== undefined) endpoint.enabled_events = p.enabled_events;
      if (p.description !== undefined) endpoint.description = orNull(p.description);
      if (p.disabled !== undefined) endpoint.status = p.disabled ? "disabled" : "enabled";
      endpoint.metadata = mergeMetadata(endpoint.metadata, p.metadata);
      return endpoint;
    },
  },
  {
    method: "DELETE",
    path: "/v1/webhook_endpoints/:id",
    handle: (em, req) => {
      parseParams(z.strictObject({}), req.input);
      const { endpoint } = getEndpoint(em, param(req));
      delete em.state.webhookEndpoints[endpoint.id];
      return { id: endpoint.id, object: "webhook_endpoint", deleted: true };
    },
  },
  {
    method: "GET",
    path: "/v1/webhook_endpoints",
    handle: (em, req) => {
      const p = parseParams(z.strictObject(listParams), req.input);
      return paginate(
        Object.values(em.state.webhookEndpoints).map((r) => r.endpoint),
        p,
        "/v1/webhook_endpoints",
      );
    },
  },
];
