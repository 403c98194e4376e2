import { spawn, type ChildProcess } from "node:child_process";
import { createScratchDatabase, type ScratchDatabase } from "../../lib/db/scratch";
import { e2eEnv } from "./env";

// Extra `next start` instances of the e2e build for the multi-instance tests: on their own PostgreSQL
// database (on the machine's server, made and dropped here) and one Redis, as a real deployment would run.

export const POSTGRES_ADMIN_URL =
  process.env.E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const REDIS_URL = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface Instance {
  url: string;
  port: number;
  process: ChildProcess;
  output: string[];
}

/** A new, empty database on the machine's PostgreSQL server (the instances migrate it); `drop()` removes it. */
export function createDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(POSTGRES_ADMIN_URL, "newsstand_e2e_two");
}

/** Starts `next start` on `port` with the e2e settings plus `env`, and waits until /api/health answers. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    cwd: e2eEnv.root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: e2eEnv.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      E2E_TEST_HOOKS: "1",
      STRIPE_EMULATOR_HOST: "127.0.0.1",
      STRIPE_EMULATOR_PORT: String(e2eEnv.stripePort),
      SMTP_URL: `smtp://127.0.0.1:${e2eEnv.smtpPort}`,
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${output.join("")}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, port, process: child, output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`instance on ${port} did not become healthy:\n${output.join("")}`);
}

export async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.process.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await exited;
}
