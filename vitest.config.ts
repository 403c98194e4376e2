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
    // Integration tests share one database per file; files run in parallel on the 2 cores.
    pool: "forks",
  },
});
