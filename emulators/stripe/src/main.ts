import path from "node:path";
import { z } from "zod";
import { startStripeEmulator } from "./index";
import { API_VERSION } from "./resources/events";
import { readOrCreateWebhookSecret } from "./state/webhook-secret";

// The emulator is a service of its own: it reads its environment here, not through the app's settings.
const envSchema = z.object({
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(12111),
  STRIPE_EMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
  STRIPE_EMULATOR_PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  STRIPE_EMULATOR_WEBHOOK_URLS: z.string().default(""),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .min(1)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  STRIPE_EMULATOR_STATE_FILE: z.string().optional(),
  STRIPE_EMULATOR_PERSIST: z.enum(["1", "0", "true", "false", ""]).optional(),
  STRIPE_EMULATOR_BUSINESS_NAME: z.string().min(1).default("Newsstand"),
  // Comma-separated secret keys to accept (default: the app's sk_test_newsstand_emulator).
  STRIPE_EMULATOR_API_KEYS: z.string().default(""),
  // The app's data directory (same default as the app's settings): state and webhook secret live there.
  DATA_DIR: z.string().min(1).default(".data"),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(
    `[stripe-emulator] invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
  );
  process.exit(2);
}
const env = parsed.data;
// Persistent unless turned off: memberships in the app's database must find their Stripe objects after a restart.
const persist = env.STRIPE_EMULATOR_PERSIST !== "0" && env.STRIPE_EMULATOR_PERSIST !== "false";
const stateFile =
  env.STRIPE_EMULATOR_STATE_FILE || (persist ? path.join(env.DATA_DIR, "stripe-emulator.json") : undefined);
const webhookEndpoints = env.STRIPE_EMULATOR_WEBHOOK_URLS.split(",")
  .map((u) => u.trim())
  .filter(Boolean);

const emulator = await startStripeEmulator({
  port: env.STRIPE_EMULATOR_PORT,
  host: env.STRIPE_EMULATOR_HOST,
  // Unset: http://localhost:<the port actually bound>.
  ...(env.STRIPE_EMULATOR_PUBLIC_URL ? { publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL } : {}),
  webhookEndpoints,
  webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? readOrCreateWebhookSecret(env.DATA_DIR),
  stateFile,
  businessName: env.STRIPE_EMULATOR_BUSINESS_NAME,
  apiKeys: env.STRIPE_EMULATOR_API_KEYS.split(",")
    .map((k) => k.trim())
    .filter(Boolean),
});
console.log(
  `[stripe-emulator] listening on ${emulator.url} (API version ${API_VERSION}); webhooks → ${webhookEndpoints.join(", ") || "none"}` +
    (stateFile ? `; state in ${stateFile}` : "; state in memory"),
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  });
}
