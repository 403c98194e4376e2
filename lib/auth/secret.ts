import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { settings } from "@/lib/config/settings";
import { assertSecretMayBeGenerated } from "./secret-policy";

// AUTH_SECRET signs/encrypts session cookies and keys the code hashes. On the embedded defaults (demo, dev,
// tests) one is generated once into $DATA_DIR/auth-secret so sessions survive restarts; a real deployment
// (production with its own DATABASE_URL) must set it, or every instance would invent a different one.

let cached: string | undefined;

export function getAuthSecret(): string {
  cached ??= resolveSecret();
  return cached;
}

function resolveSecret(): string {
  if (settings.AUTH_SECRET) return settings.AUTH_SECRET;
  if (settings.isBuildPhase) return "build-phase-placeholder-never-used-for-requests";
  assertSecretMayBeGenerated();
  const file = path.join(settings.DATA_DIR, "auth-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not generated yet
  }
  mkdirSync(settings.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "wx" keeps the first writer's secret if two processes race on a fresh data dir.
  try {
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}
