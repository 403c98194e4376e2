import "server-only";
import { and, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { memberships, trialReminders, users, type Membership } from "../schema";

// Trials whose end is near and whose reminder is not yet sent (lib/billing/trial-reminders.ts), and the claim
// that makes each reminder go out once: a row per subscription and trial end, inserted with the mail.

export interface TrialToRemind {
  membership: Membership;
  email: string;
}

/** Trialing memberships ending within `withinMs` (and not yet ended) that have had no reminder for that end. */
export async function listTrialsToRemind(withinMs: number, limit = 500): Promise<TrialToRemind[]> {
  const db = await getDb();
  return db
    .select({ membership: memberships, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      trialReminders,
      and(
        eq(trialReminders.stripeSubscriptionId, memberships.stripeSubscriptionId),
        eq(trialReminders.trialEnd, memberships.trialEnd),
      ),
    )
    .where(
      and(
        eq(memberships.status, "trialing"),
        eq(memberships.cancelAtPeriodEnd, false),
        gt(memberships.trialEnd, sql`now()`),
        lte(memberships.trialEnd, sql`now() + make_interval(secs => ${withinMs / 1000})`),
        isNull(trialReminders.stripeSubscriptionId),
      ),
    )
    .limit(limit);
}

/**
 * Claims the reminder for this membership's current trial end, re-checking in the same statement that it is
 * still a trial ending then and not cancelled. True for exactly one caller; false if already claimed or changed.
 */
export async function claimTrialReminder(tx: Database, membership: Membership): Promise<boolean> {
  if (!membership.trialEnd) return false;
  const rows = await tx
    .insert(trialReminders)
    .select(
      tx
        .select({
          stripeSubscriptionId: memberships.stripeSubscriptionId,
          trialEnd: sql<Date>`${memberships.trialEnd}`.as("trial_end"),
          sentAt: sql<Date>`now()`.as("sent_at"),
        })
        .from(memberships)
        .where(
          and(
            eq(memberships.id, membership.id),
            eq(memberships.status, "trialing"),
            eq(memberships.cancelAtPeriodEnd, false),
            eq(memberships.trialEnd, membership.trialEnd),
          ),
        ),
    )
    .onConflictDoNothing()
    .returning({ id: trialReminders.stripeSubscriptionId });
  return rows.length === 1;
}
