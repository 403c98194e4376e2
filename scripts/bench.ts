// `npm run bench`: re-runs the benchmark under the react-server condition, because it calls the
// reader's query functions (which `import "server-only"`) in-process to time them.
import { spawn } from "node:child_process";
import path from "node:path";

const main = path.join(import.meta.dirname, "bench", "main.ts");
const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", main, ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
