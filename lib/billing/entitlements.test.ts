import { describe, expect, it } from "vitest";
import { canRead, type MembershipState, type ReaderIdentity } from "./entitlements";

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
});
