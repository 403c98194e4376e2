import "server-only";
import Stripe from "stripe";

// Errors a reader can act on, and how Stripe failures map onto them.

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

/** Compared by status, not class: the SDK may be loaded twice (issue 10, point 1). */
export function isStripeAuthenticationFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  return (
    ("type" in error && error.type === "StripeAuthenticationError") ||
    ("statusCode" in error && error.statusCode === 401)
  );
}

/** A webhook names a customer or subscription we cannot tie to a user: answered 5xx so Stripe retries it. */
export class UnknownCustomerError extends Error {
  constructor(detail: string) {
    super(`No user for ${detail}`);
    this.name = "UnknownCustomerError";
  }
}

export function isStripeUnavailable(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error instanceof Stripe.errors.StripeError && (error.statusCode ?? 0) >= 500)
  );
}

export function isResourceMissing(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing";
}

/** A 400 from Stripe: the request was refused as it stands (by type name: the SDK may be loaded twice). */
export function isInvalidRequest(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "type" in error &&
    error.type === "StripeInvalidRequestError"
  );
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
