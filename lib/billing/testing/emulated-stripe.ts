import "server-only";
import { startStripeEmulator, type RunningStripeEmulator } from "@/emulators/stripe/src/index";
import { forgetStripeProducts } from "../stripe-products";
import { pointStripeAtEmulator } from "../stripe-client";

// An in-process Stripe emulator that the app's billing code talks to through the real SDK (tests and bench).

/**
 * Starts the emulator on a free port, points getStripe() at it (signing with `webhookSecret`, or a fresh
 * one), and forgets products found before.
 */
export async function startEmulatedStripe(
  webhookEndpoints: string[],
  webhookSecret?: string,
): Promise<RunningStripeEmulator> {
  const emulator = await startStripeEmulator({ port: 0, webhookEndpoints, webhookSecret });
  pointStripeAtEmulator(emulator);
  forgetStripeProducts();
  return emulator;
}
