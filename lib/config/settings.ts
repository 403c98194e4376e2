import { isIP } from "node:net";
import { z } from "zod";

// The one place that reads process.env. Everything else imports `settings`.
// Not marked server-only so scripts (seed, bench) and the Stripe emulator can share it;
// nothing here is secret until it is used, and client components never import lib/.

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const bool = (fallback: boolean) =>
  z
    .enum(["1", "0", "true", "false", "yes", "no", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : ["1", "true", "yes"].includes(v)));

// "10.0.0.5, 172.16.0.0/12, ::1" → each entry an IP or an IP/prefix.
const addressList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine((entry) => {
        const [ip = "", prefix, extra] = entry.split("/");
        const family = isIP(ip);
        if (family === 0 || extra !== undefined) return false;
        if (prefix === undefined) return true;
        const bits = Number(prefix);
        return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
      }, "each entry must be an IP address or a CIDR range such as 10.0.0.0/8"),
    ),
  );

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: optionalString.pipe(z.url().optional()),
  DATA_DIR: z.string().default(".data"),
  // Where `next build` wrote (and `next start` reads) the build; the proxy reads prerendered pages' scripts there.
  NEXT_DIST_DIR: z.string().default(".next"),
  // The address the proxy's page cache renders pages from (this instance); default: loopback on the request's port.
  INTERNAL_URL: optionalString.pipe(z.url().optional()),
  DATABASE_URL: optionalString,
  // `npm run bench` only: a database to benchmark as is (else it creates its own).
  BENCH_DATABASE_URL: optionalString,
  // Seed an empty database with sample content on start. Default: only the embedded database.
  SEED_ON_START: z.enum(["1", "0", "true", "false", ""]).optional(),
  AUTH_SECRET: optionalString,
  SMTP_URL: optionalString,
  MAIL_FROM: z.string().default("Newsstand <hello@newsstand.test>"),
  // SMTP delivery (lib/email/delivery.ts): how many tries a mail gets. Retries run on the job engine (lib/jobs).
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).default(12111),
  STRIPE_EMULATOR_HOST: z.string().default("127.0.0.1"),
  BILLING_CURRENCY: z.string().length(3).default("gbp"),
  PRICE_MONTHLY_MINOR: z.coerce.number().int().positive().default(999),
  PRICE_ANNUAL_MINOR: z.coerce.number().int().positive().default(9999),
  TRIAL_DAYS: z.coerce.number().int().min(0).max(90).default(14),
  TRIAL_REQUIRES_CARD: bool(false),
  PAST_DUE_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  // Publisher payouts (README "Publisher payouts"): the share of a month's net membership revenue paid out by
  // members' reading time, in percent (0–100, at most two decimals).
  PAYOUT_POOL_PERCENT: z.coerce
    .number()
    .min(0)
    .max(100)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      message: "use at most two decimals, e.g. 50 or 37.5",
    })
    .default(50),
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  AUTH_APPLE_ID: optionalString,
  AUTH_APPLE_SECRET: optionalString,
  // Rendered reader pages kept for visitors without a session (0 turns it off; off by default in development,
  // where a stale page would hide the edit just made); see lib/content/page-cache.ts.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  // A search running longer is cut short and the reader asked to narrow it (browser tests on a loaded CI
  // machine raise it: there a plain one-word search can pass 1.5 s while other suites run).
  SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
  // Publisher feeds (lib/feeds): see the README's Feeds section.
  FEEDS_TIMEOUT_SECONDS: z.coerce.number().min(1).max(300).default(20),
  FEEDS_MAX_BYTES: z.coerce.number().int().min(1024).default(5_000_000),
  FEEDS_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  FEEDS_MIN_POLL_SECONDS: z.coerce.number().int().min(10).default(300),
  FEEDS_MAX_POLL_SECONDS: z.coerce.number().int().min(60).default(86_400),
  FEEDS_PAUSE_AFTER_FAILURES: z.coerce.number().int().min(1).default(10),
  FEEDS_HOST_GAP_MS: z.coerce.number().int().min(0).default(1000),
  IMAGES_MAX_BYTES: z.coerce.number().int().min(1024).default(8_000_000),
  // Loopback/private/link-local feed and image addresses are refused (SSRF) unless allowed: all of them, or
  // listed host:port pairs (the local feed wire).
  FEEDS_ALLOW_PRIVATE: bool(false),
  FEEDS_PRIVATE_HOSTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  // The local feed wire (emulators/wire), started beside the app on the embedded defaults; the seed points its
  // titles at it. Default: on with the embedded database only.
  FEEDS_WIRE: z.enum(["1", "0", "true", "false", ""]).optional(),
  FEEDS_WIRE_PORT: z.coerce.number().int().min(1).max(65535).default(12112),
  FEEDS_WIRE_HOST: z.string().default("127.0.0.1"),
  // Run the job engine's workers in this process (lib/jobs); 0 for an instance that only serves pages.
  JOBS_WORKERS: bool(true),
  // Who may read /dev/outbox (when it exists): "loopback" = only a browser on this machine, judged by the
  // connection's peer address; "anyone" = whoever reaches the port (a demo on a trusted network only).
  OUTBOX_ACCESS: z.enum(["loopback", "anyone"]).default("loopback"),
  // Reverse proxies whose X-Forwarded-For we believe (IPs or CIDRs, comma-separated). Unset: none, and the
  // client is the connection's peer address.
  TRUSTED_PROXIES: addressList,
  // Enables /api/test/* hooks used by the Playwright factories. Never set in production.
  E2E_TEST_HOOKS: bool(false),
});

function readSettings() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const env = parsed.data;
  return {
    ...env,
    appUrl: env.APP_URL ?? `http://localhost:${env.PORT}`,
    isProduction: env.NODE_ENV === "production",
    distDir: env.NEXT_DIST_DIR,
    pageCacheSeconds: env.PAGE_CACHE_SECONDS ?? (env.NODE_ENV === "production" ? 30 : 0),
    usesEmbeddedDatabase: env.DATABASE_URL === undefined,
    seedOnStart: env.SEED_ON_START
      ? ["1", "true"].includes(env.SEED_ON_START)
      : env.DATABASE_URL === undefined,
    feedWireUrl: (env.FEEDS_WIRE ? ["1", "true"].includes(env.FEEDS_WIRE) : env.DATABASE_URL === undefined)
      ? `http://${env.FEEDS_WIRE_HOST}:${env.FEEDS_WIRE_PORT}`
      : undefined,
    usesStripeEmulator: env.STRIPE_SECRET_KEY === undefined,
    usesMailOutbox: env.SMTP_URL === undefined,
    isBuildPhase: process.env.NEXT_PHASE === "phase-production-build",
  };
}

export type Settings = ReturnType<typeof readSettings>;

export const settings: Settings = readSettings();
