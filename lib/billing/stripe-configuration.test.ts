import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startStripeEmulator, type RunningStripeEmulator } from "@/emulators/stripe/src/index";
import {
  callStripe,
  isPaymentsUnavailable,
  PaymentsUnavailableError,
  StripeConfigurationError,
} from "./errors";
import { createStripeClient, EMULATOR_SECRET_KEY } from "./stripe-client";

// The emulator, like Stripe, accepts only its own keys: a wrong key is a configuration fault of ours,
// logged as one, not "Stripe unavailable".

let emulator: RunningStripeEmulator;
const clientWith = (secretKey: string) =>
  createStripeClient({ secretKey, host: "127.0.0.1", port: emulator.port, protocol: "http" });

beforeAll(async () => {
  emulator = await startStripeEmulator({ port: 0 });
});
afterAll(async () => emulator.close());

describe("a Stripe key the account does not know", () => {
  it("is a StripeConfigurationError with a log line that names the setting", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const wrong = clientWith("sk_test_from_another_account");
      const failure = await callStripe(() => wrong.customers.list()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StripeConfigurationError);
      // Readers still get the "try again later" answer every caller already handles.
      expect(failure).toBeInstanceOf(PaymentsUnavailableError);
      expect(isPaymentsUnavailable(failure)).toBe(true);
      const lines = log.mock.calls.map((call) => String(call[0]));
      expect(lines.some((l) => l.includes("CONFIGURATION ERROR") && l.includes("STRIPE_SECRET_KEY"))).toBe(
        true,
      );
      expect(lines.some((l) => /unavailable|could not reach/i.test(l))).toBe(false);
    } finally {
      log.mockRestore();
    }
  });

  it("is not raised for the emulator's own key", async () => {
    const right = clientWith(EMULATOR_SECRET_KEY);
    await expect(callStripe(() => right.customers.list())).resolves.toMatchObject({ object: "list" });
  });

  it("is not raised for an outage: that stays PaymentsUnavailableError", async () => {
    const closed = createStripeClient({
      secretKey: EMULATOR_SECRET_KEY,
      host: "127.0.0.1",
      port: 9,
      protocol: "http",
    });
    const failure = await callStripe(() => closed.customers.list()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PaymentsUnavailableError);
    expect(failure).not.toBeInstanceOf(StripeConfigurationError);
  });
});
