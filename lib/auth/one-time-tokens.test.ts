import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import {
  MAX_CODE_ATTEMPTS,
  TOKEN_TTL_MS,
  inspectLinkToken,
  issueToken,
  redeemCode,
  redeemLinkToken,
} from "./one-time-tokens";

setUpTestDatabase();

const PURPOSES = ["sign_in" as const];

describe("one-time tokens", () => {
  it("accepts the code once, and the link of the same mail is then spent too", async () => {
    const issued = await issueToken({ purpose: "sign_in", email: "once@example.test", withCode: true });
    expect(issued.code).toMatch(/^\d{6}$/);
    const first = await redeemCode("once@example.test", issued.code ?? "", PURPOSES);
    expect(first.ok).toBe(true);
    // A typed code never says "used": that would tell a stranger someone signed in with this address.
    expect(await redeemCode("once@example.test", issued.code ?? "", PURPOSES)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await redeemLinkToken(issued.token, PURPOSES)).toEqual({ ok: false, reason: "used" });
  });

  it("lets the link work on its own, and only the POST (redeem) spends it", async () => {
    const issued = await issueToken({ purpose: "sign_in", email: "link@example.test", withCode: true });
    expect((await inspectLinkToken(issued.token, PURPOSES)).ok).toBe(true);
    expect((await inspectLinkToken(issued.token, PURPOSES)).ok).toBe(true); // a mail scanner's GET changes nothing
    expect((await redeemLinkToken(issued.token, PURPOSES)).ok).toBe(true);
    expect(await redeemLinkToken(issued.token, PURPOSES)).toEqual({ ok: false, reason: "used" });
  });

  it("expires after 15 minutes", async () => {
    const past = new Date(Date.now() - TOKEN_TTL_MS - 1000);
    const issued = await issueToken({ purpose: "sign_in", email: "late@example.test", withCode: true }, past);
    expect(await redeemCode("late@example.test", issued.code ?? "", PURPOSES)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await redeemLinkToken(issued.token, PURPOSES)).toEqual({ ok: false, reason: "expired" });
  });

  it("stops accepting even the right code after too many wrong ones", async () => {
    const issued = await issueToken({ purpose: "sign_in", email: "guess@example.test", withCode: true });
    const wrong = issued.code === "000000" ? "111111" : "000000";
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) {
      expect(await redeemCode("guess@example.test", wrong, PURPOSES)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await redeemCode("guess@example.test", wrong, PURPOSES)).toEqual({
      ok: false,
      reason: "too-many-attempts",
    });
    expect(await redeemCode("guess@example.test", issued.code ?? "", PURPOSES)).toEqual({
      ok: false,
      reason: "too-many-attempts",
    });
  });

  it("keeps the link working after strangers used up the code's attempts", async () => {
    const issued = await issueToken({ purpose: "sign_in", email: "owner@example.test", withCode: true });
    const wrong = issued.code === "000000" ? "111111" : "000000";
    for (let i = 0; i < MAX_CODE_ATTEMPTS + 2; i++) await redeemCode("owner@example.test", wrong, PURPOSES);
    expect((await redeemLinkToken(issued.token, PURPOSES)).ok).toBe(true);
  });

  it("retires the previous token when a new one is sent, and keeps purposes apart", async () => {
    const old = await issueToken({ purpose: "sign_in", email: "twice@example.test", withCode: true });
    const fresh = await issueToken({ purpose: "sign_in", email: "twice@example.test", withCode: true });
    expect(await redeemLinkToken(old.token, PURPOSES)).toEqual({ ok: false, reason: "used" });
    expect(await redeemLinkToken(fresh.token, ["reset_password"])).toEqual({ ok: false, reason: "invalid" });
    expect((await redeemLinkToken(fresh.token, PURPOSES)).ok).toBe(true);
  });

  it("lets exactly one of two racing redemptions win", async () => {
    const issued = await issueToken({ purpose: "reset_password", email: "race@example.test" });
    const results = await Promise.all([
      redeemLinkToken(issued.token, ["reset_password"]),
      redeemLinkToken(issued.token, ["reset_password"]),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("rejects unknown tokens", async () => {
    expect(await redeemLinkToken("no-such-token-aaaaaaaaaaaaaaaa", PURPOSES)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
