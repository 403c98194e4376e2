import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { e2eEnv } from "./e2e/support/env";

// Browser tests run against a production build (`next build` into .next-e2e, done by scripts/test-all.sh
// before Playwright), with the Stripe emulator and an SMTP sink beside it. The app gets a fresh PGlite
// data dir per run unless DATABASE_URL is set (CI runs both).

const isCi = Boolean(process.env.CI);
// E2E_DATA_DIR (scripts/test-all.sh makes a fresh one), else one dir per port, emptied when a run
// starts (workers load this file too: they leave it alone).
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `newsstand-e2e-${e2eEnv.appPort}`);
if (!process.env.TEST_WORKER_INDEX && !process.env.E2E_DATA_DIR)
  rmSync(dataDir, { recursive: true, force: true });
const tsx = ["node", "--import", "tsx"];
const emulatorEntry = "emulators/stripe/src/main.ts";

type WebServer = NonNullable<Extract<PlaywrightTestConfig["webServer"], unknown[]>>[number];

const smtpSink: WebServer = {
  name: "smtp-sink",
  command: [...tsx, "e2e/support/smtp-sink.ts"].join(" "),
  url: `${e2eEnv.sinkUrl}/health`,
  env: { SMTP_SINK_PORT: String(e2eEnv.smtpPort), SMTP_SINK_HTTP_PORT: String(e2eEnv.smtpHttpPort) },
  reuseExistingServer: false,
  timeout: 30_000,
};

const stripeEmulator: WebServer = {
  name: "stripe-emulator",
  command: [...tsx, emulatorEntry].join(" "),
  url: `http://127.0.0.1:${e2eEnv.stripePort}/health`,
  env: {
    STRIPE_EMULATOR_PORT: String(e2eEnv.stripePort),
    STRIPE_EMULATOR_PUBLIC_URL: `http://127.0.0.1:${e2eEnv.stripePort}`,
    STRIPE_EMULATOR_WEBHOOK_URLS: `http://127.0.0.1:${e2eEnv.appPort}/api/stripe/webhook`,
    // The app's data dir: the emulator keeps its state and the webhook secret both read there.
    DATA_DIR: dataDir,
  },
  reuseExistingServer: false,
  timeout: 60_000,
};

const app: WebServer = {
  name: "app",
  command: `node node_modules/next/dist/bin/next start -p ${e2eEnv.appPort}`,
  // /api/health opens (migrates, seeds) the database, so the suite starts on a ready app.
  url: `http://127.0.0.1:${e2eEnv.appPort}/api/health`,
  env: {
    NEXT_DIST_DIR: e2eEnv.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(e2eEnv.appPort),
    APP_URL: e2eEnv.appUrl,
    DATA_DIR: dataDir,
    SEED_ON_START: "1",
    E2E_TEST_HOOKS: "1",
    SEARCH_TIMEOUT_MS: "10000",
    // No feed wire runs beside the tests: on the embedded database the seed would point every title at it, and
    // each minute's polls would fail (and queue behind the tests' jobs) for nothing. Feeds are tested in lib/feeds.
    FEEDS_WIRE: "0",
    SMTP_URL: `smtp://127.0.0.1:${e2eEnv.smtpPort}`,
    STRIPE_EMULATOR_HOST: "127.0.0.1",
    STRIPE_EMULATOR_PORT: String(e2eEnv.stripePort),
    AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  },
  stdout: "pipe",
  reuseExistingServer: false,
  timeout: 240_000,
};

export default defineConfig({
  testDir: "e2e",
  // Vitest owns *.test.ts (e.g. e2e/support/smtp-sink.test.ts).
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: isCi,
  // A whole walk (several sign-ins, browsers and axe scans) takes 30-65 s on a loaded two-core CI machine; a
  // step that hangs still fails on its own 10 s expect timeout, so this budget only has to fit the walk.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ...(process.env.E2E_JSON_REPORT ? [["json", { outputFile: process.env.E2E_JSON_REPORT }] as const] : []),
    ...(isCi ? [] : [["html", { open: "never" }] as const]),
  ],
  use: {
    baseURL: e2eEnv.appUrl,
    browserName: "chromium",
    launchOptions: {
      executablePath: e2eEnv.chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    // A trace records every step of every test to keep the failing ones: ~10 % of the suite's time (measured on
    // three specs, 2.3 → 2.1 min). CI keeps only what the run prints, so there it records none.
    trace: isCi ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: [smtpSink, ...(existsSync(path.join(e2eEnv.root, emulatorEntry)) ? [stripeEmulator] : []), app],
});
