import "server-only";
import { startStripeEmulator } from "@/emulators/stripe/src/index";
import { forgetStripeProducts } from "../stripe-products";
import { createStripeClient, EMULATOR_SECRET_KEY, setStripe } from "../stripe-client";

// An in-process Stripe emulator that the app's billing code talks to through the real SDK (tests and bench).

export interface EmulatedStripe {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Starts the emulator on a free port, points getStripe() at it, and forgets products found before. */
export async function startEmulatedStripe(
  webhookEndpoints: string[],
  webhookSecret: string,
): Promise<EmulatedStripe> {
  const emulator = await startStripeEmulator({ port: 0, webhookEndpoints, webhookSecret });
  setStripe(
    createStripeClient({
      secretKey: EMULATOR_SECRET_KEY,
      host: "127.0.0.1",
      port: emulator.port,
      protocol: "http",
    }),
    webhookSecret,
  );
  forgetStripeProducts();
  return emulator;
}
