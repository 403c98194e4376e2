import { settings } from "@/lib/config/settings";

// When may AUTH_SECRET be generated instead of configured? On the embedded defaults (dev, demo, tests) yes;
// in a real deployment (production with its own DATABASE_URL) no: every instance would invent its own
// secret and sessions would break at random. No server-only import: instrumentation.ts calls this at boot.

export function assertSecretMayBeGenerated(): void {
  if (settings.AUTH_SECRET || settings.isBuildPhase) return;
  if (settings.isProduction && !settings.usesEmbeddedDatabase) {
    throw new Error(
      "AUTH_SECRET is not set. A production deployment with its own DATABASE_URL must set AUTH_SECRET " +
        "(for example: openssl rand -base64 32). Refusing to start.",
    );
  }
}

/** For instrumentation.ts (Node only): print why and exit, so a misconfigured deployment never serves. */
export function refuseToStartWithoutSecret(): void {
  try {
    assertSecretMayBeGenerated();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
