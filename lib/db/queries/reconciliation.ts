import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import { membershipHistory, memberships, reconciliationRuns, type Membership } from "../schema";

// Reads and writes of the reconciliation with Stripe (lib/business/reconciliation.ts decides what drifts).

/** One difference between Stripe and us: which subscription, which field, our value and Stripe's. */
export interface ReconciliationDrift {
  customerId: string | null;
  subscriptionId: string;
  field: string;
  ours: string | null;
  stripe: string | null;
  /** What the re-sync did about it: "repaired", or why it could not (null: not attempted). */
  repair: string | null;
}

export interface ReconciliationRun {
  id: number;
  startedAt: Date;
  finishedAt: Date | null;
  checked: number;
  drift: ReconciliationDrift[];
  error: string | null;
}

/** The latest history row's state of each subscription asked for (those with none are absent). */
export interface LatestHistory {
  stripeSubscriptionId: string;
  state: string;
  plan: string;
  amountMinor: number;
  currency: string;
}

export async function findMembershipsBySubscription(subscriptionIds: string[]): Promise<Membership[]> {
  if (subscriptionIds.length === 0) return [];
  const db = await getDb();
  return db.select().from(memberships).where(inArray(memberships.stripeSubscriptionId, subscriptionIds));
}

export async function findLatestHistories(subscriptionIds: string[]): Promise<LatestHistory[]> {
  if (subscriptionIds.length === 0) return [];
  const db = await getDb();
  // One index range per subscription (membership_history_subscription_idx), newest first.
  return db
    .selectDistinctOn([membershipHistory.stripeSubscriptionId], {
      stripeSubscriptionId: membershipHistory.stripeSubscriptionId,
      state: membershipHistory.state,
      plan: membershipHistory.plan,
      amountMinor: membershipHistory.amountMinor,
      currency: membershipHistory.currency,
    })
    .from(membershipHistory)
    .where(inArray(membershipHistory.stripeSubscriptionId, subscriptionIds))
    .orderBy(
      membershipHistory.stripeSubscriptionId,
      desc(membershipHistory.occurredAt),
      desc(membershipHistory.id),
    );
}

/** Every subscription our mirror holds, with its customer (to find those Stripe no longer knows). */
export async function listMirroredSubscriptions(): Promise<
  { subscriptionId: string; customerId: string; status: string }[]
> {
  const db = await getDb();
  return db
    .select({
      subscriptionId: memberships.stripeSubscriptionId,
      customerId: memberships.stripeCustomerId,
      status: memberships.status,
    })
    .from(memberships);
}

export async function startReconciliationRun(): Promise<number> {
  const db = await getDb();
  const [row] = await db.insert(reconciliationRuns).values({}).returning({ id: reconciliationRuns.id });
  if (!row) throw new Error("reconciliation run insert returned no row");
  return row.id;
}

export async function finishReconciliationRun(
  id: number,
  outcome: { checked: number; drift: ReconciliationDrift[]; error: string | null },
): Promise<void> {
  const db = await getDb();
  await db
    .update(reconciliationRuns)
    .set({ ...outcome, finishedAt: new Date() })
    .where(eq(reconciliationRuns.id, id));
}

export async function findLatestReconciliationRun(): Promise<ReconciliationRun | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(reconciliationRuns)
    .orderBy(desc(reconciliationRuns.startedAt), desc(reconciliationRuns.id))
    .limit(1);
  return row ? { ...row, drift: row.drift as ReconciliationDrift[] } : null;
}
