import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

// The webhook signing secret of one data directory: made once at random and kept beside the state, so
// nobody can forge events with a secret printed in the source. The app reads the same file
// (lib/billing/emulator-webhook-secret.ts) through this same function; whichever starts first makes it.

export const WEBHOOK_SECRET_FILE = "stripe-webhook-secret";

export function readOrCreateWebhookSecret(dataDir: string): string {
  const file = path.join(dataDir, WEBHOOK_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  // Written whole under another name, then linked into place: link fails if the file exists, so two
  // processes starting together agree on the first one's secret.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, `whsec_${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flush: true });
  try {
    linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(tmp);
  }
  const made = readSecret(file);
  if (!made) throw new Error(`${file} is empty`);
  return made;
}

function readSecret(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
