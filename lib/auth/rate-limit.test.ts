import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { hitRateLimit } from "./rate-limit";

setUpTestDatabase();

const at = (iso: string) => new Date(iso);

describe("hitRateLimit (database fixed windows)", () => {
  it("allows 5 attempts a minute per email, then says how long to wait", async () => {
    const subject = { ip: "10.0.0.1", email: "limit@example.test" };
    for (let i = 0; i < 5; i++) {
      expect(await hitRateLimit("sign-in", subject, at("2026-11-24T10:00:10Z"))).toEqual({ ok: true });
    }
    expect(await hitRateLimit("sign-in", subject, at("2026-11-24T10:00:15Z"))).toEqual({
      ok: false,
      retryAfterSeconds: 45,
    });
    // A new minute opens the minute window again.
    expect(await hitRateLimit("sign-in", subject, at("2026-11-24T10:01:00Z"))).toEqual({ ok: true });
  });

  it("keeps the hourly cap across minute windows", async () => {
    const subject = { ip: "10.0.0.2", email: "hourly@example.test" };
    for (let minute = 0; minute < 4; minute++) {
      for (let i = 0; i < 5; i++) {
        const now = at(`2026-11-24T11:${String(minute).padStart(2, "0")}:05Z`);
        expect((await hitRateLimit("sign-in", subject, now)).ok).toBe(true);
      }
    }
    const blocked = await hitRateLimit("sign-in", subject, at("2026-11-24T11:10:00Z"));
    expect(blocked).toEqual({ ok: false, retryAfterSeconds: 50 * 60 });
  });

  it("counts emails and actions separately, and the IP across emails", async () => {
    const now = at("2026-11-24T12:00:00Z");
    for (let i = 0; i < 5; i++)
      await hitRateLimit("sign-in", { ip: "10.0.0.3", email: "a@example.test" }, now);
    expect((await hitRateLimit("sign-in", { ip: "10.0.0.3", email: "b@example.test" }, now)).ok).toBe(true);
    expect((await hitRateLimit("password-reset", { ip: "10.0.0.3", email: "a@example.test" }, now)).ok).toBe(
      true,
    );
    // 60 a minute per IP whatever the email.
    for (let i = 0; i < 54; i++)
      await hitRateLimit("sign-in", { ip: "10.0.0.3", email: `x${i}@example.test` }, now);
    expect((await hitRateLimit("sign-in", { ip: "10.0.0.3", email: "fresh@example.test" }, now)).ok).toBe(
      false,
    );
  });

  it("counts concurrent attempts exactly (atomic upsert)", async () => {
    const now = at("2026-11-24T13:00:00Z");
    const subject = { ip: "10.0.0.4", email: "race@example.test" };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => hitRateLimit("email-code", subject, now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toHaveLength(7);
  });
});
