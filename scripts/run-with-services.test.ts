import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "./bench/server";

// The launcher behind `npm start` / `npm run dev`, with a stand-in for `next` (any command works).

const root = path.resolve(import.meta.dirname, "..");
const launcher = path.join(root, "scripts/run-with-services.mjs");
const hasEmulator = existsSync(path.join(root, "emulators/stripe/src/main.ts"));

const running = new Set<ReturnType<typeof spawn>>();
// A failed assertion must not leave a launcher (and its emulator) running.
afterEach(() => {
  for (const child of running) child.kill("SIGTERM");
  running.clear();
});

// Like `sh -c` under npm: a parent that dies on SIGTERM without passing the signal on.
const PARENT = `require("node:child_process").spawn(process.execPath, process.argv.slice(1), { stdio: "inherit" }); setInterval(() => {}, 1000);`;

function launch(
  command: string,
  env: Record<string, string | undefined>,
  options: { viaParent?: boolean } = {},
) {
  const args = [launcher, process.execPath, "-e", command];
  const child = spawn(process.execPath, options.viaParent ? ["-e", PARENT, ...args] : args, {
    cwd: root,
    env: { ...process.env, STRIPE_SECRET_KEY: undefined, FEEDS_WIRE: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  // The launcher echoes the command, so wait for the child's own output (a pattern the echo cannot match).
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 300 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toMatch(pattern);
  };
  return { child, exited, waitFor, output: () => output };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("run-with-services", () => {
  it("passes PORT and telemetry-off to the app and exits with the app's code", async () => {
    const run = launch(
      "console.log('env', process.env.PORT, process.env.NEXT_TELEMETRY_DISABLED); process.exit(3)",
      {
        STRIPE_SECRET_KEY: "sk_test_not_used",
        PORT: "4567",
      },
    );
    const [code] = await run.exited;
    expect(code).toBe(3);
    expect(run.output()).toContain("env 4567 1");
    expect(run.output()).not.toContain("local emulator");
  });

  it("stops the app when it is asked to stop", async () => {
    const run = launch("console.log('pid', process.pid); setInterval(() => {}, 1000)", {
      STRIPE_SECRET_KEY: "sk_test_x",
    });
    await run.waitFor(/pid \d+/);
    const pid = Number(/pid (\d+)/.exec(run.output())?.[1]);
    run.child.kill("SIGTERM");
    await run.exited;
    await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(pid)).toBe(false);
  });

  it("stops the app when its parent goes away without passing a signal on", async () => {
    const run = launch(
      "console.log('pid', process.pid); setInterval(() => {}, 1000)",
      { STRIPE_SECRET_KEY: "sk_test_x" },
      { viaParent: true },
    );
    await run.waitFor(/pid \d+/);
    const pid = Number(/pid (\d+)/.exec(run.output())?.[1]);
    run.child.kill("SIGKILL");
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(pid)).toBe(false);
  });

  it.skipIf(!hasEmulator)(
    "starts the Stripe emulator first when no STRIPE_SECRET_KEY is set",
    { timeout: 60_000 },
    async () => {
      const stripePort = await freePort();
      const run = launch(
        "console.log('app up', process.env.STRIPE_EMULATOR_PORT); setInterval(() => {}, 1000)",
        {
          STRIPE_EMULATOR_PORT: String(stripePort),
          PORT: String(await freePort()),
        },
      );
      await run.waitFor(/app up \d+/);
      expect(run.output()).toContain(`app up ${stripePort}`);
      expect(run.output()).toContain("Stripe test mode (local emulator)");
      expect((await fetch(`http://127.0.0.1:${stripePort}/health`)).status).toBe(200);
      run.child.kill("SIGTERM");
      await run.exited;
      await expect(fetch(`http://127.0.0.1:${stripePort}/health`)).rejects.toThrow();
    },
  );

  it("starts the feed wire beside the app on the embedded defaults", { timeout: 60_000 }, async () => {
    const wirePort = await freePort();
    const run = launch("console.log('app up', process.env.FEEDS_WIRE_PORT); setInterval(() => {}, 1000)", {
      STRIPE_SECRET_KEY: "sk_test_not_used",
      DATABASE_URL: undefined,
      FEEDS_WIRE: undefined,
      FEEDS_WIRE_PORT: String(wirePort),
      PORT: String(await freePort()),
    });
    await run.waitFor(/app up \d+/);
    expect(run.output()).toContain(`app up ${wirePort}`);
    const feed = await fetch(`http://127.0.0.1:${wirePort}/titles/harbourside-ledger/feed.xml`);
    expect(await feed.text()).toContain("<rss");
    run.child.kill("SIGTERM");
    await run.exited;
    await expect(fetch(`http://127.0.0.1:${wirePort}/health`)).rejects.toThrow();
  });
});
