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

/** Runs a Stripe call, turning "cannot reach Stripe" into PaymentsUnavailableError. */
export async function callStripe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStripeUnavailable(error)) throw new PaymentsUnavailableError(error);
    throw error;
  }
}
