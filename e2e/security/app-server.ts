import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { e2eEnv } from "../support/env";

// A second `next start` of the same build with settings of its own (the suite's app sends mail to the
// SMTP sink; some tests need the embedded defaults' outbox). A fresh PGlite data dir, nothing seeded.

export interface AppServer {
  url: string;
  port: number;
  output: () => string;
  stop(): Promise<void>;
}

export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `newsstand-e2e-extra-${port}-`));
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  // The embedded defaults: no database server, no SMTP.
  for (const name of ["DATABASE_URL", "SMTP_URL", "E2E_TEST_HOOKS", "STRIPE_SECRET_KEY"])
    delete childEnv[name];
  Object.assign(childEnv, {
    NEXT_DIST_DIR: e2eEnv.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_ON_START: "0",
    AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
    STRIPE_EMULATOR_HOST: "127.0.0.1",
    STRIPE_EMULATOR_PORT: String(e2eEnv.stripePort),
    ...env,
  });
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    { cwd: e2eEnv.root, env: childEnv, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app on ${port} exited:\n${output}`);
    const healthy = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`app on ${port} did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    port,
    output: () => output,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
