import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

// A production build in .next-bench and `next start` on a free port, never touching `.next`.

const DIST_DIR = ".next-bench";
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // The server's environment is built here on purpose: a child process, not the app's settings.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    SEED_ON_START: "0",
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  return { ...env, ...extra };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with ${code}`)),
    );
  });
}

export async function buildApp(skip: boolean, env: Record<string, string>): Promise<void> {
  if (skip && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    console.log(`reusing the build in ${DIST_DIR}`);
    return;
  }
  console.log(`building into ${DIST_DIR} (next build)…`);
  await withBenchTsconfig(() => run(["build"], baseEnv({ ...env, NODE_ENV: "production" })));
}

// `next build` type-checks what tsconfig includes — with `.next/types`, which may be stale
// output of someone else's build — and rewrites tsconfig.json and next-env.d.ts to add its own
// dist dir. For the build only, point those includes at .next-bench; then put both files back.
// next-env.d.ts is not in git: on a fresh checkout there is none to put back, so the build's is removed.
async function withBenchTsconfig<T>(work: () => Promise<T>): Promise<T> {
  const files = ["tsconfig.json", "next-env.d.ts"];
  const saved = await Promise.all(
    files.map((f) =>
      readFile(f, "utf8").catch((error: unknown) => (f === "next-env.d.ts" ? null : Promise.reject(error))),
    ),
  );
  await writeFile("tsconfig.json", (saved[0] ?? "").replaceAll('".next/', `"${DIST_DIR}/`));
  try {
    return await work();
  } finally {
    await Promise.all(
      files.map((f, i) => {
        const text = saved[i];
        return typeof text === "string" ? writeFile(f, text) : rm(f, { force: true });
      }),
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningServer {
  url: string;
  pid: number | undefined;
  stop: () => Promise<void>;
}

export async function startApp(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: baseEnv({
        AUTH_SECRET: randomBytes(32).toString("hex"),
        ...env,
        NODE_ENV: "production",
        PORT: String(port),
      }),
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { url, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error("the app did not answer /api/health within 60 s");
}
