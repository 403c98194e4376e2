// How a Stripe subscription counts in the analytics (README "Membership analytics"). Pure: the sync uses it
// to write membership history, the figures and the backfill read the same words.

export const MEMBER_STATES = ["trialing", "active", "past_due", "canceling", "ended"] as const;
export type MemberState = (typeof MEMBER_STATES)[number];
/** `none`: a checkout that never became a membership (incomplete, incomplete_expired). */
export type HistoryState = MemberState | "none";

/** States that add to MRR: paying (active) and owing (past due, until the subscription ends). */
export const MRR_STATES: readonly MemberState[] = ["active", "past_due"];

export function memberStateOf(status: string, cancelScheduled: boolean): HistoryState {
  switch (status) {
    case "trialing":
    case "active":
      return cancelScheduled ? "canceling" : status;
    case "past_due":
    case "unpaid":
      return "past_due";
    case "canceled":
    case "paused": // no access and no charges until resumed: counted as ended, its resumption as a reactivation
      return "ended";
    default:
      return "none";
  }
}

const MONTHS_PER: Record<string, number> = { day: 12 / 365, week: 12 / 52, month: 1, year: 12 };

/** The price per month: an annual plan counts as its price ÷ 12 (minor units, unrounded). */
export function monthlyAmountOf(amountMinor: number, interval: string, intervalCount = 1): number {
  const months = (MONTHS_PER[interval] ?? 1) * Math.max(1, intervalCount);
  return amountMinor / months;
}

/** What a membership in `state` adds to MRR: a cancellation leaves MRR when it is made (canceling adds 0). */
export function mrrOf(state: HistoryState, monthlyAmountMinor: number): number {
  return (MRR_STATES as readonly string[]).includes(state) ? monthlyAmountMinor : 0;
}
