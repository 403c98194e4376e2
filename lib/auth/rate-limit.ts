import "server-only";
import { createHash } from "node:crypto";
import { decrementWindow, deleteExpiredWindows, incrementWindow } from "@/lib/db/queries/rate-limits";

export { rateLimitMessage } from "./rate-limit-message";

// Fixed-window limits kept in the database, so they hold across app instances. Two kinds:
//
// - Requests that send mail (a code, a link, a reset) count every time: per address and client, per
//   client, and a looser cap per address so no crowd of clients can flood one mailbox.
// - Proving who you are (a password, a typed code or link) counts only failures, per address AND client and
//   per client: a stranger's wrong guesses lock out that stranger, never the owner signing in from
//   elsewhere. (A typed code also allows only 5 guesses in all: lib/auth/one-time-tokens.ts.)
//
// "Client" is the address from lib/auth/request-ip.ts (X-Forwarded-For only from TRUSTED_PROXIES).

export type MailAction = "sign-up" | "email-link-request" | "password-reset" | "change-email";
export type AttemptAction = "sign-in" | "email-code";

interface Limit {
  key: string;
  perMinute: number;
  perHour: number;
}

const WINDOW_SECONDS = [60, 3600] as const;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };
export type AttemptResult =
  { ok: true; succeeded: () => Promise<void> } | { ok: false; retryAfterSeconds: number };

function limitsFor(action: string, subject: { ip: string; email?: string }, sendsMail: boolean): Limit[] {
  // A household or office shares an IP, so client limits are looser than per-address ones.
  const limits: Limit[] = [{ key: `${action}:ip:${subject.ip}`, perMinute: 60, perHour: 600 }];
  if (!subject.email) return limits;
  // Hash the email so the table holds no addresses.
  const email = digest(subject.email);
  limits.push({ key: `${action}:email-ip:${email}:${subject.ip}`, perMinute: 5, perHour: 20 });
  if (sendsMail) limits.push({ key: `${action}:email:${email}`, perMinute: 10, perHour: 50 });
  return limits;
}

interface Counted {
  key: string;
  windowStart: Date;
  wait: number;
}

/** Adds one to every counter of these limits (all at once: each is its own row). */
async function count(limits: Limit[], now: Date): Promise<Counted[]> {
  const counted = await Promise.all(
    limits.flatMap((limit) =>
      WINDOW_SECONDS.map(async (seconds) => {
        const startMs = Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000;
        const windowStart = new Date(startMs);
        const windowEnd = new Date(startMs + seconds * 1000);
        const key = `${limit.key}:${seconds}`;
        const total = await incrementWindow(key, windowStart, windowEnd);
        const max = seconds === 60 ? limit.perMinute : limit.perHour;
        const wait = total > max ? Math.ceil((windowEnd.getTime() - now.getTime()) / 1000) : 0;
        return { key, windowStart, wait };
      }),
    ),
  );
  // Cheap housekeeping now and then instead of a cron job.
  if (Math.random() < 0.02) await deleteExpiredWindows(now).catch(() => {});
  return counted;
}

function verdict(counted: Counted[]): RateLimitResult {
  const retryAfterSeconds = Math.max(0, ...counted.map((c) => c.wait));
  return retryAfterSeconds > 0 ? { ok: false, retryAfterSeconds } : { ok: true };
}

/** A request that sends mail: every one counts. */
export async function hitRateLimit(
  action: MailAction,
  subject: { ip: string; email?: string },
  now: Date = new Date(),
): Promise<RateLimitResult> {
  return verdict(await count(limitsFor(action, subject, true), now));
}

/**
 * A sign-in attempt. It is counted as a failure up front (so parallel guesses cannot slip past the limit),
 * and `succeeded()` takes it back once the password or code proved right.
 */
export async function beginSignInAttempt(
  action: AttemptAction,
  subject: { ip: string; email?: string },
  now: Date = new Date(),
): Promise<AttemptResult> {
  const counted = await count(limitsFor(action, subject, false), now);
  const result = verdict(counted);
  if (!result.ok) return result;
  return {
    ok: true,
    succeeded: async () => {
      await Promise.all(counted.map((c) => decrementWindow(c.key, c.windowStart)));
    },
  };
}

function digest(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);
}
