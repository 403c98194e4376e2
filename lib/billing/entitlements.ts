import { settings } from "@/lib/config/settings";
import type { Membership, User } from "@/lib/db/schema";

// THE reading decision. Pure (no DB, no clock of its own) so every page, route and test asks the same question
// with the same answer. Callers fetch the user and their current membership, then pass `now`.

export type ReadReason =
  | "anonymous"
  | "staff"
  | "no-membership"
  | "trialing"
  | "active"
  | "past-due-grace"
  | "canceling"
  | "paid-period"
  | "past-due-expired"
  | "ended"
  | "unconfirmed"
  /** The members' shared copy of a page, rendered for no one in particular (lib/auth/shared-render.ts). */
  | "shared-member";

export type ReadNotice =
  | { kind: "trial-ends"; date: Date }
  | { kind: "update-card"; date: Date } // past_due: reading stops on `date` unless the card is fixed
  | { kind: "membership-ends"; date: Date };

export interface ReadDecision {
  allowed: boolean;
  reason: ReadReason;
  notice?: ReadNotice;
}

export type ReaderIdentity = Pick<User, "id" | "role">;
export type MembershipState = Pick<
  Membership,
  "status" | "trialEnd" | "currentPeriodEnd" | "cancelAtPeriodEnd" | "pastDueSince"
> & {
  /** When the row was last written from Stripe; absent, a row past its end is not trusted. */
  updatedAt?: Date;
};

export interface EntitlementOptions {
  pastDueGraceDays: number;
}

const DAY_MS = 86_400_000;

/**
 * How long after a trial or paid period ends a `trialing`/`active` row is still believed without asking Stripe:
 * Stripe changes the subscription at that instant and its webhook normally lands within seconds; an hour
 * covers Stripe's own retries of a delivery that failed once.
 */
export const RECHECK_GRACE_MS = 60 * 60 * 1000;

/**
 * A `trialing`/`active` row whose trial or period ended more than RECHECK_GRACE_MS ago, and that was not
 * written since then: a webhook was missed, so the row says nothing about now. Re-read it from Stripe
 * (lib/billing/confirm-membership.ts) before serving a body.
 */
export function needsRecheck(membership: MembershipState, now: Date): boolean {
  if (membership.status !== "trialing" && membership.status !== "active") return false;
  const end =
    membership.status === "trialing"
      ? (membership.trialEnd ?? membership.currentPeriodEnd)
      : membership.currentPeriodEnd;
  if (!end) return false;
  const trustedUntil = end.getTime() + RECHECK_GRACE_MS;
  if (now.getTime() <= trustedUntil) return false;
  return !membership.updatedAt || membership.updatedAt.getTime() <= trustedUntil;
}

export function canRead(
  user: ReaderIdentity | null,
  membership: MembershipState | null,
  now: Date,
  options: EntitlementOptions = { pastDueGraceDays: settings.PAST_DUE_GRACE_DAYS },
): ReadDecision {
  if (!user) return { allowed: false, reason: "anonymous" };
  if (user.role === "editor" || user.role === "admin") return { allowed: true, reason: "staff" };
  if (!membership) return { allowed: false, reason: "no-membership" };

  const periodEnd = membership.currentPeriodEnd;
  const periodRunning = periodEnd !== null && periodEnd.getTime() > now.getTime();

  switch (membership.status) {
    case "trialing":
    case "active": {
      if (membership.cancelAtPeriodEnd && periodEnd) {
        // Stripe flips the status when the period ends; until the webhook lands, the date decides.
        if (!periodRunning) return { allowed: false, reason: "ended" };
        return { allowed: true, reason: "canceling", notice: { kind: "membership-ends", date: periodEnd } };
      }
      // Past its end and not heard of since: what Stripe says now decides (the caller re-reads, then asks again).
      if (needsRecheck(membership, now)) return { allowed: false, reason: "unconfirmed" };
      if (membership.status === "trialing") {
        const trialEnd = membership.trialEnd ?? periodEnd;
        return trialEnd
          ? { allowed: true, reason: "trialing", notice: { kind: "trial-ends", date: trialEnd } }
          : { allowed: true, reason: "trialing" };
      }
      return { allowed: true, reason: "active" };
    }
    case "past_due": {
      const since = membership.pastDueSince ?? periodEnd ?? now;
      const graceEnd = new Date(since.getTime() + options.pastDueGraceDays * DAY_MS);
      if (graceEnd.getTime() > now.getTime()) {
        return { allowed: true, reason: "past-due-grace", notice: { kind: "update-card", date: graceEnd } };
      }
      return { allowed: false, reason: "past-due-expired" };
    }
    case "canceled":
      // Canceled immediately but already paid up to a date still ahead: the reader keeps what they paid for.
      if (periodRunning && periodEnd) {
        return { allowed: true, reason: "paid-period", notice: { kind: "membership-ends", date: periodEnd } };
      }
      return { allowed: false, reason: "ended" };
    default:
      // paused, unpaid, incomplete, incomplete_expired and anything Stripe adds later: teaser only.
      return { allowed: false, reason: "ended" };
  }
}
