import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { e2eEnv } from "./env";

// A second `next start` of the same build, fresh (its own data dir, nothing loaded yet), beside the suite's
// emulator and SMTP sink. For tests whose point is what happens in the first requests after a start.

export interface FreshServer {
  url: string;
  stop: () => Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next start never answered /api/health:\n${log()}`);
}

/** Starts the build on its own port (between the suite's: port offsets go in tens) and data dir. */
export async function startFreshServer(portShift = 5): Promise<FreshServer> {
  const port = e2eEnv.appPort + portShift;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "newsstand-fresh-"));
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    cwd: e2eEnv.root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: "production",
      NEXT_DIST_DIR: e2eEnv.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      APP_URL: url,
      DATA_DIR: dataDir,
      SEED_ON_START: "1",
      SMTP_URL: `smtp://127.0.0.1:${e2eEnv.smtpPort}`,
      STRIPE_EMULATOR_HOST: "127.0.0.1",
      STRIPE_EMULATOR_PORT: String(e2eEnv.stripePort),
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
