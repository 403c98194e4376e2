#!/usr/bin/env node
// Runs the app (`next dev` / `next start`, or any command given) together with the services the
// embedded defaults need: with no STRIPE_SECRET_KEY, the local Stripe emulator runs as a child
// process and the app talks to it in test mode. Plain Node so `npm start` needs nothing else.
//
//   node scripts/run-with-services.mjs next start      (npm start)
//   node scripts/run-with-services.mjs next dev        (npm run dev)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const emulatorEntry = path.join(root, "emulators/stripe/src/main.ts");
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: run-with-services.mjs <command> [args…]   e.g. next start");
  process.exit(2);
}

// This script is the boundary with the shell, so it reads the environment; the app reads it through lib/config/settings.ts.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: process.env.PORT || "3000",
  PATH: [path.join(root, "node_modules/.bin"), process.env.PATH].filter(Boolean).join(path.delimiter),
};
const usesEmulator = !env.STRIPE_SECRET_KEY;
// The local feed wire (emulators/wire) feeds the sample titles on the embedded defaults (lib/config/settings.ts).
const usesWire = env.FEEDS_WIRE ? ["1", "true"].includes(env.FEEDS_WIRE) : !env.DATABASE_URL;
const children = new Set();
let stopping = false;

function log(message) {
  console.log(`[newsstand] ${message}`);
}

function start(name, cmd, cmdArgs, childEnv) {
  const child = spawn(cmd, cmdArgs, { cwd: root, env: childEnv, stdio: "inherit" });
  children.add(child);
  child.on("error", (error) => {
    console.error(`[newsstand] could not start ${name}: ${error.message}`);
    stopAll(1);
  });
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`[newsstand] ${name} exited (${signal ?? `code ${code}`}); stopping.`);
      stopAll(code ?? 1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  return child;
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children) child.kill("SIGTERM");
  // A child that ignores SIGTERM must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
    process.exit(code);
  }, 10_000).unref();
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(0));
// `npm start` runs this under `sh -c`, which dies on SIGTERM without passing it on: when the parent
// goes, take the children down too rather than leave them holding the ports.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopAll(0);
}, 1_000).unref();

async function isHealthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function startStripeEmulator() {
  const port = env.STRIPE_EMULATOR_PORT || "12111";
  const host = env.STRIPE_EMULATOR_HOST || "127.0.0.1";
  env.STRIPE_EMULATOR_PORT = port;
  env.STRIPE_EMULATOR_HOST = host;
  const healthUrl = `http://${host}:${port}/health`;
  const banner = `Stripe test mode (local emulator) at http://${host}:${port}: no real payments are taken.`;
  if (await isHealthy(healthUrl)) {
    log(`${banner} (already running, reused)`);
    return;
  }
  if (!existsSync(emulatorEntry)) {
    log(
      "WARNING: STRIPE_SECRET_KEY is unset and the Stripe emulator is missing; membership checkout will not work.",
    );
    return;
  }
  const emulatorEnv = {
    ...env,
    STRIPE_EMULATOR_WEBHOOK_URLS:
      env.STRIPE_EMULATOR_WEBHOOK_URLS || `http://127.0.0.1:${env.PORT}/api/stripe/webhook`,
  };
  const child = start("Stripe emulator", process.execPath, ["--import", "tsx", emulatorEntry], emulatorEnv);
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (stopping || child.exitCode !== null) return;
    if (await isHealthy(healthUrl)) {
      log(banner);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.error(`[newsstand] the Stripe emulator did not answer ${healthUrl} within 30 s; stopping.`);
  stopAll(1);
}

async function startFeedWire() {
  const host = (env.FEEDS_WIRE_HOST ||= "127.0.0.1");
  const port = (env.FEEDS_WIRE_PORT ||= "12112");
  const healthUrl = `http://${host}:${port}/health`;
  if (await isHealthy(healthUrl)) return log(`feed wire at http://${host}:${port} (already running, reused)`);
  const child = start(
    "feed wire",
    process.execPath,
    ["--import", "tsx", path.join(root, "emulators/wire/src/main.ts")],
    env,
  );
  for (let waited = 0; waited < 30_000 && !stopping && child.exitCode === null; waited += 250) {
    if (await isHealthy(healthUrl))
      return log(`feed wire at http://${host}:${port}: new fictional stories arrive every few minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.error(`[newsstand] the feed wire did not answer ${healthUrl} within 30 s; stopping.`);
  stopAll(1);
}

function checkProductionBuild() {
  if (command !== "next" || args[0] !== "start") return;
  const distDir = env.NEXT_DIST_DIR || ".next";
  if (existsSync(path.join(root, distDir, "BUILD_ID"))) return;
  console.error(
    `[newsstand] No production build in ${distDir}/. Run \`npm run build\` first, then \`npm start\`.`,
  );
  process.exit(1);
}

checkProductionBuild();
if (usesEmulator) await startStripeEmulator();
else log("Stripe live configuration (STRIPE_SECRET_KEY is set).");
if (usesWire && !stopping) await startFeedWire();
if (!stopping) {
  log(`starting \`${[command, ...args].join(" ")}\` on http://localhost:${env.PORT}`);
  start(command, command, args, env);
}
