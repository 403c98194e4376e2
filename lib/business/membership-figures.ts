import "server-only";
import { plans } from "../billing/plans";
import {
  countCancellationReasons,
  countEvents,
  countStatesAt,
  countTrialCohorts,
  sumStateChanges,
  type CohortRow,
} from "../db/queries/membership-figures";
import { MEMBER_STATES, type MemberState } from "./member-state";
import { bucketsOf, type Period } from "./period";

// The membership figures of a period (README "Membership analytics": each one's formula).

export type StateCounts = Record<MemberState, number>;

export interface MembershipBucket {
  key: string;
  start: Date;
  end: Date;
  /** Memberships in each state at the bucket's end (or now, for a bucket not over yet). */
  states: StateCounts;
  /** MRR at the bucket's end, minor units of the billing currency (unrounded: annual plans are ÷ 12). */
  mrrMinor: number;
  newTrials: number;
  churnVoluntary: number;
  churnFailed: number;
  reactivations: number;
}

export interface MembershipFigures {
  currency: string;
  buckets: MembershipBucket[];
  cohorts: (CohortRow & { rate: number | null })[];
  reasons: { reason: string | null; n: number; comments: number }[];
}

const zeroStates = (): StateCounts => Object.fromEntries(MEMBER_STATES.map((s) => [s, 0])) as StateCounts;

const isMemberState = (s: string): s is MemberState => (MEMBER_STATES as readonly string[]).includes(s);

export async function getMembershipFigures(period: Period): Promise<MembershipFigures> {
  const { from, to, granularity } = period;
  const currency = plans.monthly.currency;
  const [baseline, changes, events, cohorts, reasons] = await Promise.all([
    countStatesAt(from, currency),
    sumStateChanges(from, to, granularity, currency),
    countEvents(from, to, granularity),
    countTrialCohorts(from, to),
    countCancellationReasons(from, to),
  ]);
  const states = zeroStates();
  let mrr = 0;
  for (const row of baseline) {
    if (isMemberState(row.state)) states[row.state] += row.n;
    mrr += row.mrr;
  }
  const buckets = bucketsOf(period).map((bucket) => {
    for (const row of changes.filter((c) => c.bucket === bucket.key)) {
      if (isMemberState(row.state)) states[row.state] += row.n;
      mrr += row.mrr;
    }
    const happened = events.find((e) => e.bucket === bucket.key);
    return {
      ...bucket,
      states: { ...states },
      mrrMinor: mrr,
      newTrials: happened?.newTrials ?? 0,
      churnVoluntary: happened?.churnVoluntary ?? 0,
      churnFailed: happened?.churnFailed ?? 0,
      reactivations: happened?.reactivations ?? 0,
    };
  });
  return {
    currency,
    buckets,
    cohorts: cohorts.map((c) => ({ ...c, rate: c.trials > 0 ? c.converted / c.trials : null })),
    reasons,
  };
}
