import "server-only";
import { afterAll, beforeAll, expect } from "vitest";
import type { RunningStripeEmulator } from "@/emulators/stripe/src/index";
import { createStripeClient, setStripe } from "../stripe-client";
import { startEmulatedStripe } from "./emulated-stripe";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

// For a test file that drives memberships through the emulator: one emulator whose webhooks reach the real
// handler, the app's Stripe client pointed at it, and everything put back afterwards.

export interface EmulatorForFile {
  /** The emulator's base URL (for its /_emulator controls); read it inside tests, once it has started. */
  readonly url: string;
  /** One of the emulator's controls (`idle`, `config`, …): GET, or POST of `body` as JSON; expects a 2xx. */
  control(name: string, body?: object): Promise<void>;
}

export function startEmulatorPerFile(): EmulatorForFile {
  let emulator: RunningStripeEmulator | undefined;
  let receiver: WebhookReceiver | undefined;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    emulator = await startEmulatedStripe([receiver.url]);
  });
  afterAll(async () => {
    await emulator?.close();
    await receiver?.close();
    setStripe(createStripeClient());
  });
  return {
    get url() {
      if (!emulator) throw new Error("the emulator has not started");
      return emulator.url;
    },
    async control(name, body) {
      const response = await fetch(`${this.url}/_emulator/${name}`, {
        method: body ? "POST" : "GET",
        headers: { "content-type": "application/json" },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(response.ok, `/_emulator/${name} answered ${response.status}`).toBe(true);
    },
  };
}
