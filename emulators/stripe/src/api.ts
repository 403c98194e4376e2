import type { IncomingMessage } from "node:http";
import type { Emulator } from "./engine/context";
import { advanceWallClock } from "./engine/lifecycle";
import { cloneJson } from "./resources/common";
import { lookupFor, virtualFor } from "./resources/lookup";
import { compileRoutes } from "./router";
import { apiRoutes } from "./routes";
import { newId } from "./state/ids";
import { API_VERSION } from "./resources/events";
import { authenticationFailed, invalidRequest, StripeApiError, unrecognizedUrl } from "./wire/errors";
import { applyExpand } from "./wire/expand";
import { parseForm } from "./wire/form";
import { rememberIdempotent, replayIdempotent } from "./wire/idempotency";

export interface ApiResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const match = compileRoutes(apiRoutes);

/** The one key the app's emulator client uses; others are added with the `apiKeys` option. */
export const EMULATOR_API_KEY = "sk_test_newsstand_emulator";

const maskKey = (key: string) =>
  `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;

// Like Stripe: only this account's keys, anything else is 401 naming the key it was given (masked).
function checkKey(header: string | undefined, keys: readonly string[]): void {
  if (!header) {
    throw authenticationFailed(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
  const key = bearer ?? (basic ? Buffer.from(basic, "base64").toString("utf8").split(":")[0] : undefined);
  if (!key || !keys.includes(key))
    throw authenticationFailed(`Invalid API Key provided: ${key ? maskKey(key) : ""}`);
}

// Stripe answers an unknown Stripe-Version with 400; a real earlier version is accepted (the emulator then
// still answers in its own version's shapes, see the README).
function checkVersion(header: string | string[] | undefined): void {
  if (header === undefined) return;
  const version = Array.isArray(header) ? (header[0] ?? "") : header;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:\.([a-z]+))?$/.exec(version);
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : null;
  const known =
    match !== null &&
    date !== null &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(version.slice(0, 10)) &&
    version.slice(0, 10) <= API_VERSION.slice(0, 10) &&
    (version.slice(0, 10) !== API_VERSION.slice(0, 10) || version === API_VERSION);
  if (!known) throw invalidRequest(`Invalid Stripe API version: ${version}`);
}

function json(status: number, value: unknown, requestId: string): ApiResponse {
  return { status, body: JSON.stringify(value, null, 2), headers: { "request-id": requestId } };
}

// One Stripe API request: auth, form decoding, idempotency, routing, expansion, error envelope.
export function handleApi(
  em: Emulator,
  req: IncomingMessage,
  path: string,
  query: string,
  rawBody: string,
): ApiResponse {
  const requestId = newId("req");
  const method = req.method ?? "GET";
  try {
    checkKey(req.headers.authorization, em.options.apiKeys);
    checkVersion(req.headers["stripe-version"]);
    const found = match(method, path);
    if (!found || "methodMismatch" in found) throw unrecognizedUrl(method, path);
    const idempotencyKey = method === "POST" ? (req.headers["idempotency-key"]?.toString() ?? null) : null;
    if (idempotencyKey) {
      const replay = replayIdempotent(em.state, idempotencyKey, method, path, rawBody);
      if (replay) return { ...replay, headers: { "request-id": requestId, "idempotent-replayed": "true" } };
    }
    const input = parseForm(method === "POST" ? rawBody : query);
    // Wall-clock subscriptions move on between requests.
    const moved = advanceWallClock(em);
    em.currentRequest = { id: requestId, idempotencyKey };
    const checkpoint = method === "GET" ? null : em.store.checkpoint();
    const pendingEvents = em.webhooks.pendingCount();
    let response: ApiResponse;
    try {
      const result = cloneJson<unknown>(found.route.handle(em, { params: found.params, input }));
      const expand = Array.isArray(input.expand)
        ? input.expand.filter((e): e is string => typeof e === "string")
        : [];
      response = json(200, applyExpand(result, expand, lookupFor(em), virtualFor(em)), requestId);
    } catch (error) {
      if (checkpoint !== null) {
        em.store.rollback(checkpoint);
        em.webhooks.discardPendingFrom(pendingEvents);
      }
      response = errorResponse(error, requestId);
    } finally {
      em.currentRequest = null;
    }
    if (idempotencyKey) rememberIdempotent(em.state, idempotencyKey, method, path, rawBody, response);
    if (method !== "GET" || moved) em.store.commit();
    return response;
  } catch (error) {
    return errorResponse(error, requestId);
  }
}

function errorResponse(error: unknown, requestId: string): ApiResponse {
  if (error instanceof StripeApiError) return json(error.status, error.toJSON(), requestId);
  console.error(`[stripe-emulator] ${requestId} failed:`, error);
  return json(
    500,
    { error: { type: "api_error", message: "An unknown error occurred in the emulator." } },
    requestId,
  );
}
