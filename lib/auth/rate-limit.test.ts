import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { beginSignInAttempt, hitRateLimit } from "./rate-limit";

setUpTestDatabase();

const at = (iso: string) => new Date(iso);

/** A sign-in attempt that fails (the reservation is kept); answers whether it was allowed to run. */
async function fail(subject: { ip: string; email?: string }, now: Date): Promise<boolean> {
  return (await beginSignInAttempt("sign-in", subject, now)).ok;
}

/** A sign-in attempt with the right password: allowed? (and if so, not counted). */
async function succeed(subject: { ip: string; email?: string }, now: Date): Promise<boolean> {
  const attempt = await beginSignInAttempt("sign-in", subject, now);
  if (attempt.ok) await attempt.succeeded();
  return attempt.ok;
}

describe("mail-sending requests (every one counts)", () => {
  it("allows 5 a minute per address and client, then says how long to wait", async () => {
    const subject = { ip: "10.0.0.1", email: "limit@example.test" };
    for (let i = 0; i < 5; i++) {
      expect(await hitRateLimit("email-link-request", subject, at("2026-11-24T10:00:10Z"))).toEqual({
        ok: true,
      });
    }
    expect(await hitRateLimit("email-link-request", subject, at("2026-11-24T10:00:15Z"))).toEqual({
      ok: false,
      retryAfterSeconds: 45,
    });
    // A new minute opens the minute window again.
    expect((await hitRateLimit("email-link-request", subject, at("2026-11-24T10:01:00Z"))).ok).toBe(true);
  });

  it("keeps the hourly cap across minute windows", async () => {
    const subject = { ip: "10.0.0.2", email: "hourly@example.test" };
    for (let minute = 0; minute < 4; minute++) {
      for (let i = 0; i < 5; i++) {
        const now = at(`2026-11-24T11:${String(minute).padStart(2, "0")}:05Z`);
        expect((await hitRateLimit("password-reset", subject, now)).ok).toBe(true);
      }
    }
    const blocked = await hitRateLimit("password-reset", subject, at("2026-11-24T11:10:00Z"));
    expect(blocked).toEqual({ ok: false, retryAfterSeconds: 50 * 60 });
  });

  it("lets the owner ask for a code while a stranger is refused, up to a cap per mailbox", async () => {
    const now = at("2026-11-24T12:00:00Z");
    const email = "flooded@example.test";
    for (let i = 0; i < 5; i++) await hitRateLimit("email-link-request", { ip: "10.9.0.1", email }, now);
    expect((await hitRateLimit("email-link-request", { ip: "10.9.0.1", email }, now)).ok).toBe(false);
    expect((await hitRateLimit("email-link-request", { ip: "10.9.0.2", email }, now)).ok).toBe(true);
    // Many clients together still cannot flood one mailbox: 10 a minute per address.
    for (let i = 3; i < 7; i++) await hitRateLimit("email-link-request", { ip: `10.9.0.${i}`, email }, now);
    expect((await hitRateLimit("email-link-request", { ip: "10.9.0.99", email }, now)).ok).toBe(false);
  });

  it("counts concurrent requests exactly (atomic upsert)", async () => {
    const now = at("2026-11-24T13:00:00Z");
    const subject = { ip: "10.0.0.4", email: "race@example.test" };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => hitRateLimit("sign-up", subject, now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toHaveLength(7);
  });
});

describe("sign-in attempts (only failures count)", () => {
  it("never counts successful sign-ins", async () => {
    const subject = { ip: "10.1.0.1", email: "often@example.test" };
    for (let minute = 0; minute < 30; minute++) {
      const now = at(`2026-11-24T14:${String(minute).padStart(2, "0")}:00Z`);
      for (let i = 0; i < 2; i++) expect(await succeed(subject, now)).toBe(true);
    }
  });

  it("a stranger's failures lock out the stranger, not the owner signing in from elsewhere", async () => {
    const email = "victim@example.test";
    const stranger = { ip: "203.0.113.7", email };
    // 40 wrong passwords over an hour: the stranger is stopped after 5 a minute and 20 an hour.
    let allowed = 0;
    for (let minute = 0; minute < 8; minute++) {
      const now = at(`2026-11-24T15:${String(minute).padStart(2, "0")}:10Z`);
      for (let i = 0; i < 5; i++) if (await fail(stranger, now)) allowed++;
    }
    expect(allowed).toBe(20);
    expect(await succeed(stranger, at("2026-11-24T15:30:00Z"))).toBe(false);
    // The owner, from another client, signs in at once.
    expect(await succeed({ ip: "198.51.100.2", email }, at("2026-11-24T15:30:00Z"))).toBe(true);
  });

  it("limits one client's failures across addresses (60 a minute)", async () => {
    const now = at("2026-11-24T16:00:00Z");
    for (let i = 0; i < 60; i++) await fail({ ip: "10.1.0.3", email: `x${i}@example.test` }, now);
    expect(await fail({ ip: "10.1.0.3", email: "fresh@example.test" }, now)).toBe(false);
    expect(await fail({ ip: "10.1.0.4", email: "fresh@example.test" }, now)).toBe(true);
  });

  it("lets no more than the limit of parallel guesses through", async () => {
    const now = at("2026-11-24T17:00:00Z");
    const subject = { ip: "10.1.0.5", email: "parallel@example.test" };
    const results = await Promise.all(Array.from({ length: 12 }, () => fail(subject, now)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});
