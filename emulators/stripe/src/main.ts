import path from "node:path";
import { z } from "zod";
import { DEFAULT_WEBHOOK_SECRET, startStripeEmulator } from "./index";
import { API_VERSION } from "./resources/events";

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
  DATA_DIR: z.string().optional(),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(
    `[stripe-emulator] invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
  );
  process.exit(2);
}
const env = parsed.data;
const persist = env.STRIPE_EMULATOR_PERSIST === "1" || env.STRIPE_EMULATOR_PERSIST === "true";
const stateFile =
  env.STRIPE_EMULATOR_STATE_FILE ||
  (persist && env.DATA_DIR ? path.join(env.DATA_DIR, "stripe-emulator.json") : undefined);
const webhookEndpoints = env.STRIPE_EMULATOR_WEBHOOK_URLS.split(",")
  .map((u) => u.trim())
  .filter(Boolean);

const emulator = await startStripeEmulator({
  port: env.STRIPE_EMULATOR_PORT,
  host: env.STRIPE_EMULATOR_HOST,
  // Unset: http://localhost:<the port actually bound>.
  ...(env.STRIPE_EMULATOR_PUBLIC_URL ? { publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL } : {}),
  webhookEndpoints,
  webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? DEFAULT_WEBHOOK_SECRET,
  stateFile,
  businessName: env.STRIPE_EMULATOR_BUSINESS_NAME,
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
