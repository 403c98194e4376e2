import "server-only";
import { createHash } from "node:crypto";
import { deleteExpiredWindows, incrementWindow } from "@/lib/db/queries/rate-limits";

export { rateLimitMessage } from "./rate-limit-message";

// Fixed-window limits kept in the database, so they hold across app instances. Every attempt counts
// (successful ones too): the limit is on how fast anyone may try, not on how often they fail.

export type RateLimitedAction =
  "sign-in" | "sign-up" | "email-code" | "email-link-request" | "password-reset" | "change-email";

interface Window {
  seconds: number;
  perEmail: number;
  perIp: number;
}

// A household or office shares an IP, so IP limits are looser than per-email ones.
const WINDOWS: Window[] = [
  { seconds: 60, perEmail: 5, perIp: 60 },
  { seconds: 3600, perEmail: 20, perIp: 600 },
];

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function hitRateLimit(
  action: RateLimitedAction,
  subject: { ip: string; email?: string },
  now: Date = new Date(),
): Promise<RateLimitResult> {
  // Hash the email so the table holds no addresses.
  const emailKey = subject.email ? `${action}:email:${digest(subject.email)}` : undefined;
  // Every counter is its own row, so all of them are bumped at once rather than one round trip after another.
  const waits = await Promise.all(
    WINDOWS.flatMap((window) => {
      const startMs = Math.floor(now.getTime() / (window.seconds * 1000)) * window.seconds * 1000;
      const windowStart = new Date(startMs);
      const windowEnd = new Date(startMs + window.seconds * 1000);
      const checks: Array<[string, number]> = [[`${action}:ip:${subject.ip}`, window.perIp]];
      if (emailKey) checks.push([emailKey, window.perEmail]);
      return checks.map(async ([key, limit]) => {
        const count = await incrementWindow(`${key}:${window.seconds}`, windowStart, windowEnd);
        return count > limit ? Math.ceil((windowEnd.getTime() - now.getTime()) / 1000) : 0;
      });
    }),
  );
  const retryAfterSeconds = Math.max(0, ...waits);
  // Cheap housekeeping now and then instead of a cron job.
  if (Math.random() < 0.02) await deleteExpiredWindows(now).catch(() => {});
  return retryAfterSeconds > 0 ? { ok: false, retryAfterSeconds } : { ok: true };
}

function digest(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);
}
