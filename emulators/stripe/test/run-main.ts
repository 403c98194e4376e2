import { spawn } from "node:child_process";
import path from "node:path";
import { waitFor } from "./harness";

// Runs `npm run stripe:emulator` (main.ts) as its own process, the way run-with-services.mjs does.
export function runMain(env: Record<string, string>) {
  const root = path.resolve(import.meta.dirname, "../../..");
  const child = spawn(process.execPath, ["--import", "tsx", "emulators/stripe/src/main.ts"], {
    cwd: root,
    // NODE_ENV is required by Next's ProcessEnv type, which the root tsconfig (and so `next build`) sees.
    env: { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const listening = () => /listening on (http:\/\/[^\s]+) /.exec(output)?.[1] ?? "";
  return {
    child,
    output: () => output,
    exited,
    /** The URL it listens on, once it says so. */
    url: async () => {
      await waitFor("the emulator to listen", () => listening() !== "" || child.exitCode !== null, 90_000);
      return listening();
    },
  };
}
