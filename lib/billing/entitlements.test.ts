import { describe, expect, it } from "vitest";
import {
  canRead,
  needsRecheck,
  RECHECK_GRACE_MS,
  type MembershipState,
  type ReaderIdentity,
} from "./entitlements";

const now = new Date("2026-11-24T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const reader: ReaderIdentity = { id: "u1", role: "reader" };
const options = { pastDueGraceDays: 7 };

function membership(patch: Partial<MembershipState>): MembershipState {
  return {
    status: "active",
    trialEnd: null,
    currentPeriodEnd: days(20),
    cancelAtPeriodEnd: false,
    pastDueSince: null,
    ...patch,
  };
}

const decide = (m: Partial<MembershipState> | null, user: ReaderIdentity | null = reader) =>
  canRead(user, m ? membership(m) : null, now, options);

describe("canRead", () => {
  it("refuses visitors and readers without a membership", () => {
    expect(decide(null, null)).toEqual({ allowed: false, reason: "anonymous" });
    expect(decide(null)).toEqual({ allowed: false, reason: "no-membership" });
  });

  it("lets editors and admins read without a membership", () => {
    expect(decide(null, { id: "e", role: "editor" })).toMatchObject({ allowed: true, reason: "staff" });
    expect(decide(null, { id: "a", role: "admin" })).toMatchObject({ allowed: true, reason: "staff" });
  });

  it("lets trialing members read and says when the trial ends", () => {
    const d = decide({ status: "trialing", trialEnd: days(5), currentPeriodEnd: days(5) });
    expect(d).toEqual({ allowed: true, reason: "trialing", notice: { kind: "trial-ends", date: days(5) } });
  });

  it("lets active members read", () => {
    expect(decide({ status: "active" })).toEqual({ allowed: true, reason: "active" });
  });

  it("lets a canceling member read until the period ends, then stops", () => {
    expect(decide({ status: "active", cancelAtPeriodEnd: true, currentPeriodEnd: days(3) })).toEqual({
      allowed: true,
      reason: "canceling",
      notice: { kind: "membership-ends", date: days(3) },
    });
    expect(decide({ status: "trialing", cancelAtPeriodEnd: true, currentPeriodEnd: days(-1) })).toMatchObject(
      {
        allowed: false,
        reason: "ended",
      },
    );
  });

  it("gives past_due a grace period counted from past_due_since", () => {
    expect(decide({ status: "past_due", pastDueSince: days(-2) })).toEqual({
      allowed: true,
      reason: "past-due-grace",
      notice: { kind: "update-card", date: days(5) },
    });
    expect(decide({ status: "past_due", pastDueSince: days(-7) })).toEqual({
      allowed: false,
      reason: "past-due-expired",
    });
  });

  it("lets a canceled member read the rest of a paid period, not after", () => {
    expect(decide({ status: "canceled", currentPeriodEnd: days(4) })).toMatchObject({
      allowed: true,
      reason: "paid-period",
    });
    expect(decide({ status: "canceled", currentPeriodEnd: days(-1) })).toEqual({
      allowed: false,
      reason: "ended",
    });
    expect(decide({ status: "canceled", currentPeriodEnd: null })).toEqual({
      allowed: false,
      reason: "ended",
    });
  });

  it.each(["paused", "unpaid", "incomplete", "incomplete_expired", "something_new"])(
    "shows only the teaser for %s, even with a period still running",
    (status) => {
      expect(decide({ status, currentPeriodEnd: days(10) })).toEqual({ allowed: false, reason: "ended" });
    },
  );

  it("treats the exact end instant as over", () => {
    expect(decide({ status: "canceled", currentPeriodEnd: now })).toMatchObject({ allowed: false });
  });

  describe("a trialing or active row past its end (a missed webhook)", () => {
    const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
    it("is believed for the stated grace after the end", () => {
      expect(RECHECK_GRACE_MS).toBe(3_600_000);
      const trial = { status: "trialing", trialEnd: hours(-0.5), currentPeriodEnd: hours(-0.5) };
      expect(decide({ ...trial, updatedAt: days(-3) })).toMatchObject({ allowed: true, reason: "trialing" });
      expect(decide({ currentPeriodEnd: hours(-0.5), updatedAt: days(-30) })).toMatchObject({
        allowed: true,
      });
    });

    it("is not trusted after the grace unless written since: the caller must re-read it from Stripe", () => {
      const trial = membership({ status: "trialing", trialEnd: hours(-2), currentPeriodEnd: hours(-2) });
      expect(canRead(reader, { ...trial, updatedAt: days(-14) }, now, options)).toEqual({
        allowed: false,
        reason: "unconfirmed",
      });
      expect(needsRecheck({ ...trial, updatedAt: days(-14) }, now)).toBe(true);
      const active = membership({ status: "active", currentPeriodEnd: days(-1) });
      expect(decide({ ...active, updatedAt: days(-31) })).toEqual({ allowed: false, reason: "unconfirmed" });
      expect(decide({ ...active })).toEqual({ allowed: false, reason: "unconfirmed" });
    });

    it("is believed once re-read after the grace (Stripe said it is still running)", () => {
      const active = { status: "active", currentPeriodEnd: days(-1), updatedAt: hours(-0.1) };
      expect(decide(active)).toEqual({ allowed: true, reason: "active" });
      expect(needsRecheck(membership(active), now)).toBe(false);
    });

    it("leaves other statuses to their own rules", () => {
      expect(needsRecheck(membership({ status: "past_due", currentPeriodEnd: days(-3) }), now)).toBe(false);
      expect(needsRecheck(membership({ status: "canceled", currentPeriodEnd: days(-3) }), now)).toBe(false);
    });
  });
});
