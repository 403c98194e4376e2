import "server-only";

// Errors a reader can act on, and how Stripe failures map onto them.
//
// Every check here goes by the error's fields (`type`, `code`, `statusCode`, `name`), never `instanceof`:
// a route handler and a page can each load their own copy of the SDK (and of this module), and an error
// made by one copy is not an instance of the other's classes. Which copy a request sees depends on what
// loaded first, so an `instanceof` check would hold or fail by the order of requests since start.

export const PAYMENTS_UNAVAILABLE_MESSAGE =
  "We couldn't reach our payment provider just now. Nothing has been charged or changed — please try again in a minute.";

/** Stripe could not be reached (network, timeout, 5xx, rate limit): worth a retry, nothing to fix on our side. */
export class PaymentsUnavailableError extends Error {
  constructor(cause: unknown) {
    super(PAYMENTS_UNAVAILABLE_MESSAGE, { cause });
    this.name = "PaymentsUnavailableError";
  }
}

/**
 * Stripe refused our API key (401): a configuration fault on our side, not an outage, so it is logged as
 * such. Readers are told the same as for an outage (there is nothing for them to do either way).
 */
export class StripeConfigurationError extends PaymentsUnavailableError {
  constructor(cause: unknown) {
    super(cause);
    this.name = "StripeConfigurationError";
  }
}

export function isStripeAuthenticationFailure(error: unknown): boolean {
  const fields = stripeErrorFields(error);
  return fields !== null && (fields.type === "StripeAuthenticationError" || fields.statusCode === 401);
}

/** A webhook names a customer or subscription we cannot tie to a user: answered 5xx so Stripe retries it. */
export class UnknownCustomerError extends Error {
  constructor(detail: string) {
    super(`No user for ${detail}`);
    this.name = "UnknownCustomerError";
  }
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

export function isPaymentsUnavailable(error: unknown): error is PaymentsUnavailableError {
  // A configuration fault reads the same to a reader as an outage (see StripeConfigurationError).
  const name = nameOf(error);
  return name === "PaymentsUnavailableError" || name === "StripeConfigurationError";
}

export function isUnknownCustomer(error: unknown): error is UnknownCustomerError {
  return nameOf(error) === "UnknownCustomerError";
}

/** The fields every Stripe SDK error carries, whichever copy of the SDK made it. */
interface StripeErrorFields {
  type: string;
  rawType?: string;
  code?: string;
  statusCode?: number;
}

export function stripeErrorFields(error: unknown): StripeErrorFields | null {
  if (typeof error !== "object" || error === null) return null;
  const { type, rawType, code, statusCode } = error as Record<string, unknown>;
  if (typeof type !== "string" || !type.startsWith("Stripe")) return null;
  return {
    type,
    rawType: typeof rawType === "string" ? rawType : undefined,
    code: typeof code === "string" ? code : undefined,
    statusCode: typeof statusCode === "number" ? statusCode : undefined,
  };
}

const UNAVAILABLE_TYPES = new Set(["StripeConnectionError", "StripeAPIError", "StripeRateLimitError"]);

export function isStripeUnavailable(error: unknown): boolean {
  const fields = stripeErrorFields(error);
  if (!fields) return false;
  return UNAVAILABLE_TYPES.has(fields.type) || (fields.statusCode ?? 0) >= 500;
}

export function isResourceMissing(error: unknown): boolean {
  const fields = stripeErrorFields(error);
  return (
    fields !== null &&
    fields.code === "resource_missing" &&
    (fields.type === "StripeInvalidRequestError" || fields.rawType === "invalid_request_error")
  );
}

/** A 400 from Stripe: the request was refused as it stands. */
export function isInvalidRequest(error: unknown): boolean {
  return stripeErrorFields(error)?.type === "StripeInvalidRequestError";
}

/** Runs a Stripe call, turning "cannot reach Stripe" into PaymentsUnavailableError. */
export async function callStripe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStripeAuthenticationFailure(error)) {
      console.error(
        `[billing] CONFIGURATION ERROR: Stripe refused our API key (401: ${error instanceof Error ? error.message : "unauthorised"}). ` +
          "Check STRIPE_SECRET_KEY (unset: the local emulator's own key is used).",
      );
      throw new StripeConfigurationError(error);
    }
    if (isStripeUnavailable(error)) throw new PaymentsUnavailableError(error);
    throw error;
  }
}
