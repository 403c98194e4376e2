import "server-only";
import { plans } from "../billing/plans";
import {
  listMembershipsWithoutHistory,
  recordMembershipChange,
  stillWithoutHistory,
  type HistoryFacts,
} from "../db/queries/membership-history";
import { withTransaction } from "../db/queries/transaction";
import type { Membership } from "../db/schema";
import { memberStateOf, monthlyAmountOf, mrrOf, type HistoryState } from "./member-state";

// Memberships stored before the history existed (or by the seed) get one (README "Backfill"): their current
// state from when they were created, at the plan's configured price; an ended one also a start, as trialing
// when it ended by its trial's end, else active, and its end at canceled_at (else its last update).

export function backfillFactsOf(m: Membership): HistoryFacts[] {
  const plan = plans[m.plan];
  const priced = (state: HistoryState, observedAt: Date, status?: string): HistoryFacts => ({
    observedAt,
    state,
    currency: plan.currency,
    amountMinor: plan.amountMinor,
    interval: plan.interval,
    intervalCount: 1,
    mrrMinor: mrrOf(state, monthlyAmountOf(plan.amountMinor, plan.interval)),
    endedReason: null,
    ...(status ? { status, cancelAtPeriodEnd: false } : {}),
  });
  const state = memberStateOf(m.status, m.cancelAtPeriodEnd || m.cancelAt !== null);
  if (state !== "ended") return [priced(state, m.createdAt)];
  const endedAt = m.canceledAt ?? m.updatedAt;
  const start = m.trialEnd && endedAt <= m.trialEnd ? "trialing" : "active";
  return [priced(start, m.createdAt, start), priced("ended", endedAt < m.createdAt ? m.createdAt : endedAt)];
}

/**
 * Writes the backfill rows of every membership without history; answers how many memberships it covered.
 * Run by the `history-backfill` job each time workers start (lib/jobs/queues.ts): a no-op once done.
 */
export async function backfillMembershipHistory(): Promise<number> {
  const missing = await withTransaction((tx) => listMembershipsWithoutHistory(tx));
  let covered = 0;
  for (const membership of missing) {
    await withTransaction(async (tx) => {
      if (!(await stillWithoutHistory(tx, membership))) return; // a sync wrote its first row meanwhile
      for (const facts of backfillFactsOf(membership)) {
        await recordMembershipChange(tx, membership, facts, "backfill");
      }
      covered++;
    });
  }
  return covered;
}
