import "server-only";
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { memberships, stripeEvents, users, type Membership, type NewMembership, type User } from "../schema";
import {
  recordMembershipChange,
  recordMembershipPayment,
  type HistoryFacts,
  type PaymentFacts,
} from "./membership-history";
import type { MailWriter } from "./outbox-emails";

// Billing's writes: the Stripe customer id, processed Stripe events (a row exists only once an event's
// change is committed), and memberships mirrored from Stripe.

export type BillingUser = Pick<User, "id" | "email" | "name" | "stripeCustomerId" | "trialStartedAt">;
const billingUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  stripeCustomerId: users.stripeCustomerId,
  trialStartedAt: users.trialStartedAt,
};

export async function findBillingUser(userId: string): Promise<BillingUser | null> {
  const db = await getDb();
  const [row] = await db.select(billingUserColumns).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

/** Stores the user's Stripe customer once; answers the id now on the row (an earlier one wins a race). */
export async function saveStripeCustomerId(userId: string, customerId: string): Promise<string | null> {
  const db = await getDb();
  await db
    .update(users)
    .set({ stripeCustomerId: customerId, updatedAt: new Date() })
    .where(and(eq(users.id, userId), isNull(users.stripeCustomerId)));
  return (await findBillingUser(userId))?.stripeCustomerId ?? null;
}

/**
 * Runs `work` while the user's row is locked (FOR UPDATE), so one user's checkouts start one at a time.
 * `work` must not touch the database itself (it would wait on this lock). Null when there is no such user.
 */
export async function withBillingUserLocked<T>(
  userId: string,
  work: (user: BillingUser) => Promise<T>,
): Promise<T | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select(billingUserColumns).from(users).where(eq(users.id, userId)).for("update");
    return user ? work(user) : null;
  });
}

/**
 * Records a webhook event's id inside the caller's transaction, so it commits with what the event changed or not
 * at all. False: it was recorded before (a concurrent delivery waits on the unique id, then sees it as done).
 */
export async function recordStripeEventOnce(
  tx: Database,
  event: { id: string; type: string },
): Promise<boolean> {
  const recorded = await tx
    .insert(stripeEvents)
    .values({ id: event.id, type: event.type, processedAt: new Date() })
    .onConflictDoNothing()
    .returning({ id: stripeEvents.id });
  return recorded.length > 0;
}

/** Records an event that needs no membership change (nothing to lock). */
export async function markStripeEventProcessed(eventId: string, type: string): Promise<void> {
  const db = await getDb();
  await db.insert(stripeEvents).values({ id: eventId, type, processedAt: new Date() }).onConflictDoNothing();
}

export type MembershipFields = Omit<NewMembership, "id" | "userId" | "createdAt" | "updatedAt">;

export interface MembershipSyncInput {
  /** Whose membership: found by Stripe customer id (one query that also locks), or by user id. */
  owner: { customerId: string } | { userId: string };
  /** The event being applied, recorded in the same transaction; absent for the success page and the account page. */
  event?: { id: string; type: string };
  /** Runs while the user's row is locked, so the newest Stripe read is also the last write. Null: nothing to store. */
  load: (user: BillingUser, previous: Membership[]) => Promise<LoadedMembership | null>;
  /** Runs in the same transaction once the change is stored, so what it writes (the mails owed) commits with it. */
  onApplied?: (tx: MailWriter, applied: AppliedSync) => Promise<void>;
}

/** The row to store, and what the membership history records of it (when, state, price per month). */
export interface LoadedMembership {
  fields: MembershipFields;
  history: HistoryFacts;
  /** The subscription's latest invoice, when it is paid (the revenue payouts share). */
  payment: PaymentFacts | null;
}

export type AppliedSync = {
  outcome: "applied";
  user: BillingUser;
  previous: Membership | null;
  current: Membership | null;
};
export type MembershipSyncResult = { outcome: "duplicate" } | AppliedSync;

/** One membership sync: lock the user, skip a processed event, load from Stripe, upsert by subscription id.
 *  Null when no user matches the owner. */
export async function applyMembershipSync(input: MembershipSyncInput): Promise<MembershipSyncResult | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const match =
      "customerId" in input.owner
        ? eq(users.stripeCustomerId, input.owner.customerId)
        : eq(users.id, input.owner.userId);
    const [user] = await tx.select(billingUserColumns).from(users).where(match).for("update");
    if (!user) return null;
    if (input.event) {
      // The row commits with the membership or not at all, so a failed attempt leaves the event to its retry;
      // a concurrent delivery of the same event waits here on the unique id, then sees it as done.
      if (!(await recordStripeEventOnce(tx, input.event))) return { outcome: "duplicate" as const };
    }
    const previousRows = await tx.select().from(memberships).where(eq(memberships.userId, user.id));
    const loaded = await input.load(user, previousRows);
    const fields = loaded?.fields;
    let current: Membership | null = null;
    const previous =
      previousRows.find((m) => m.stripeSubscriptionId === fields?.stripeSubscriptionId) ?? null;
    if (fields) {
      const now = new Date();
      [current = null] = await tx
        .insert(memberships)
        .values({ ...fields, userId: user.id, updatedAt: now })
        .onConflictDoUpdate({ target: memberships.stripeSubscriptionId, set: { ...fields, updatedAt: now } })
        .returning();
      // The history row commits with the membership: the analytics never see a state the mirror lacks.
      if (current && loaded) await recordMembershipChange(tx, current, loaded.history);
      if (current && loaded?.payment) await recordMembershipPayment(tx, current, loaded.payment);
      if (fields.trialEnd && !user.trialStartedAt) {
        await tx.update(users).set({ trialStartedAt: now }).where(eq(users.id, user.id));
      }
    }
    const applied = { outcome: "applied" as const, user, previous, current };
    await input.onApplied?.(tx, applied);
    return applied;
  });
}

export async function listMemberships(userId: string): Promise<Membership[]> {
  const db = await getDb();
  return db
    .select()
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(desc(memberships.updatedAt));
}

/** Subscriptions of a user that Stripe may still charge (for account deletion and plan checks). */
export async function listOpenMemberships(userId: string): Promise<Membership[]> {
  const db = await getDb();
  return db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        ne(memberships.status, "canceled"),
        ne(memberships.status, "incomplete_expired"),
      ),
    );
}
