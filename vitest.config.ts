import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run lib/ code directly.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "app/**/*.test.ts",
      "emulators/**/*.test.ts",
      "scripts/**/*.test.ts",
      "drizzle/**/*.test.ts",
      "e2e/support/**/*.test.ts",
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration tests share one database per file (a copy of the template migrated once, global-setup.ts).
    globalSetup: ["lib/testing/global-setup.ts"],
    pool: "forks",
    // At least two files at a time: Vitest's default is one fewer than the cores, which on these 2-core machines ran
    // the suite one file at a time (PGlite: 620 s for the whole suite at 1 worker, 461 s at 2, all passing).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
