import { createHash } from "node:crypto";
import type { State } from "../state/types";
import { StripeApiError } from "./errors";

const TTL_MS = 24 * 3600 * 1000;

export interface StoredResponse {
  status: number;
  body: string;
}

function fingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex");
}

// Same key and same request → the stored response; same key, other request → idempotency_error.
export function replayIdempotent(
  state: State,
  key: string,
  method: string,
  path: string,
  body: string,
): StoredResponse | null {
  const stored = state.idempotency[key];
  if (!stored || Date.now() - stored.createdMs > TTL_MS) return null;
  if (stored.fingerprint !== fingerprint(method, path, body)) {
    throw new StripeApiError(400, {
      type: "idempotency_error",
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    });
  }
  return { status: stored.status, body: stored.body };
}

export function rememberIdempotent(
  state: State,
  key: string,
  method: string,
  path: string,
  body: string,
  response: StoredResponse,
): void {
  // Stripe does not store answers to requests that failed on its side.
  if (response.status >= 500) return;
  pruneExpired(state);
  state.idempotency[key] = {
    fingerprint: fingerprint(method, path, body),
    status: response.status,
    body: response.body,
    createdMs: Date.now(),
  };
}

// Keys live 24 hours, as at Stripe; forgetting old ones keeps a long demo's state small.
function pruneExpired(state: State): void {
  const now = Date.now();
  for (const [key, stored] of Object.entries(state.idempotency)) {
    if (now - stored.createdMs > TTL_MS) delete state.idempotency[key];
  }
}
