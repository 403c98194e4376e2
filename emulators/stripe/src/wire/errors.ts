// Stripe's error envelope and the status codes the SDK maps to its error classes.
export type StripeErrorType = "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }

  toJSON(): { error: StripeErrorBody } {
    return { error: this.body };
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, {
    type: "invalid_request_error",
    message,
    ...(code ? { code } : {}),
    ...(param ? { param } : {}),
  });
}

// 404 for the id in the URL; an unknown id in a body field is a 400 naming that field, as at Stripe.
export function resourceMissing(kind: string, id: string, param = "id"): StripeApiError {
  return new StripeApiError(param === "id" ? 404 : 400, {
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${kind}: '${id}'`,
    param,
  });
}

// The value looked up by id, or Stripe's 404 for it.
export function requireFound<T>(value: T | undefined, kind: string, id: string, param = "id"): T {
  if (value === undefined) throw resourceMissing(kind, id, param);
  return value;
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return new StripeApiError(404, {
    type: "invalid_request_error",
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

export function authenticationFailed(message: string): StripeApiError {
  return new StripeApiError(401, { type: "invalid_request_error", message });
}

export function cardDeclined(declineCode: string, message = "Your card was declined."): StripeApiError {
  return new StripeApiError(402, {
    type: "card_error",
    code: "card_declined",
    decline_code: declineCode,
    message,
  });
}
