import { createRequire } from "node:module";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import {
  callStripe,
  isPaymentsUnavailable,
  isResourceMissing,
  isStripeUnavailable,
  PaymentsUnavailableError,
} from "./errors";

// The SDK ships as ESM and as CommonJS; a bundle that requires it and one that imports it hold two copies
// whose error classes differ. Errors from either copy must be classified the same.

const cjsStripe = createRequire(import.meta.url)("stripe") as typeof Stripe;

const copies = [
  ["the imported (ESM) copy", Stripe.errors],
  ["the required (CommonJS) copy", cjsStripe.errors],
] as const;

describe.each(copies)("Stripe errors made by %s", (_label, errors) => {
  it("are told apart from each other's classes (the premise)", () => {
    expect(errors.StripeInvalidRequestError === Stripe.errors.StripeInvalidRequestError).toBe(
      errors === Stripe.errors,
    );
  });

  it("recognises a missing resource by type and code", () => {
    const missing = new errors.StripeInvalidRequestError({
      type: "invalid_request_error",
      code: "resource_missing",
      message: "No such subscription: 'sub_demo_member'",
      statusCode: 404,
    });
    expect(isResourceMissing(missing)).toBe(true);
    expect(isStripeUnavailable(missing)).toBe(false);
    const otherBadRequest = new errors.StripeInvalidRequestError({
      type: "invalid_request_error",
      code: "parameter_unknown",
      statusCode: 400,
    });
    expect(isResourceMissing(otherBadRequest)).toBe(false);
  });

  it("recognises Stripe being unreachable: connection, API, rate limit and any 5xx", async () => {
    expect(isStripeUnavailable(new errors.StripeConnectionError({ message: "ECONNREFUSED" }))).toBe(true);
    expect(isStripeUnavailable(new errors.StripeAPIError({ type: "api_error", statusCode: 500 }))).toBe(true);
    expect(isStripeUnavailable(new errors.StripeRateLimitError({ statusCode: 429 }))).toBe(true);
    expect(
      isStripeUnavailable(
        new errors.StripePermissionError({ type: "invalid_request_error", statusCode: 503 }),
      ),
    ).toBe(true);
    expect(isStripeUnavailable(new errors.StripeCardError({ type: "card_error", statusCode: 402 }))).toBe(
      false,
    );
    const thrown = await callStripe(() => Promise.reject(new errors.StripeConnectionError({}))).catch(
      (error: unknown) => error,
    );
    expect(isPaymentsUnavailable(thrown)).toBe(true);
  });
});

describe("our own errors", () => {
  it("are recognised by name, as another bundle's copy of the class would be", () => {
    const foreign = new Error("x");
    foreign.name = "PaymentsUnavailableError";
    expect(isPaymentsUnavailable(foreign)).toBe(true);
    expect(isPaymentsUnavailable(new PaymentsUnavailableError(null))).toBe(true);
    expect(isPaymentsUnavailable(new Error("x"))).toBe(false);
    expect(isResourceMissing({ code: "resource_missing" })).toBe(false); // not a Stripe error at all
  });
});
