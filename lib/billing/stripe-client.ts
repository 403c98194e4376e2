import "server-only";
import Stripe from "stripe";
import { settings } from "../config/settings";
import { emulatorWebhookSecret } from "./emulator-webhook-secret";

// The one Stripe client. With no STRIPE_SECRET_KEY it talks to the local emulator over http.

export const EMULATOR_SECRET_KEY = "sk_test_newsstand_emulator";

export interface StripeTarget {
  secretKey: string;
  host?: string;
  port?: number;
  protocol?: "http" | "https";
}

export function defaultStripeTarget(): StripeTarget {
  if (!settings.usesStripeEmulator && settings.STRIPE_SECRET_KEY)
    return { secretKey: settings.STRIPE_SECRET_KEY };
  return {
    secretKey: EMULATOR_SECRET_KEY,
    host: settings.STRIPE_EMULATOR_HOST,
    port: settings.STRIPE_EMULATOR_PORT,
    protocol: "http",
  };
}

export function createStripeClient(target: StripeTarget = defaultStripeTarget()): Stripe {
  return new Stripe(target.secretKey, {
    host: target.host,
    port: target.port,
    protocol: target.protocol,
    // One quick retry; a reader waiting on a button should get an answer, not an 80 s hang.
    maxNetworkRetries: 1,
    timeout: 15_000,
    telemetry: false,
    appInfo: { name: "Newsstand" },
  });
}

const globalForStripe = globalThis as unknown as {
  newsstandStripe?: Stripe;
  newsstandWebhookSecret?: string;
};

export function getStripe(): Stripe {
  globalForStripe.newsstandStripe ??= createStripeClient();
  return globalForStripe.newsstandStripe;
}

export function getWebhookSecret(): string {
  globalForStripe.newsstandWebhookSecret ??= settings.STRIPE_WEBHOOK_SECRET ?? emulatorWebhookSecret();
  return globalForStripe.newsstandWebhookSecret;
}

/** Points this process at an emulator on this machine (tests, scripts, bench), signing with its secret. */
export function pointStripeAtEmulator(emulator: { port: number; webhookSecret: string }): void {
  const target = { secretKey: EMULATOR_SECRET_KEY, host: "127.0.0.1", port: emulator.port } as const;
  globalForStripe.newsstandStripe = createStripeClient({ ...target, protocol: "http" });
  globalForStripe.newsstandWebhookSecret = emulator.webhookSecret;
}

/** Points this process at another Stripe (tests, scripts, bench): e.g. an emulator on a random port. */
export function setStripe(client: Stripe, webhookSecret?: string): void {
  globalForStripe.newsstandStripe = client;
  globalForStripe.newsstandWebhookSecret = webhookSecret;
}
