import "server-only";
import { desc, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import {
  membershipHistory,
  membershipPayments,
  memberships,
  users,
  type Membership,
  type MembershipHistoryRow,
} from "../schema";

// Membership history's writes (lib/business reads it through membership-figures.ts).

/** What the sync observed beyond the membership row: when, in which state, and at what price. */
export interface HistoryFacts {
  observedAt: Date;
  state: string;
  currency: string;
  amountMinor: number;
  interval: string;
  intervalCount: number;
  mrrMinor: number;
  endedReason: string | null;
  /** Only the backfill sets these: a state the row had before its current one. */
  status?: string;
  cancelAtPeriodEnd?: boolean;
}

type Writer = Pick<Database, "select" | "insert" | "update">;

const TRACKED = [
  "state",
  "status",
  "plan",
  "currency",
  "amountMinor",
  "interval",
  "intervalCount",
  "cancelAtPeriodEnd",
  "endedReason",
] as const;

/**
 * Appends a history row when the membership's state, price or scheduled cancellation differs from its last
 * row; a repeated sync of the same state writes nothing. Runs in the sync's transaction (the user is locked).
 */
export async function recordMembershipChange(
  tx: Writer,
  membership: Membership,
  facts: HistoryFacts,
  source: "sync" | "backfill" = "sync",
): Promise<MembershipHistoryRow | null> {
  const [last] = await tx
    .select()
    .from(membershipHistory)
    .where(eq(membershipHistory.stripeSubscriptionId, membership.stripeSubscriptionId))
    .orderBy(desc(membershipHistory.occurredAt), desc(membershipHistory.id))
    .limit(1);
  const next = {
    plan: membership.plan,
    ...facts,
    status: facts.status ?? membership.status,
    cancelAtPeriodEnd: facts.cancelAtPeriodEnd ?? membership.cancelAtPeriodEnd,
  };
  if (last && TRACKED.every((key) => last[key] === next[key])) return null;
  // Never before the last row: a clock's lead is rounded to hours, and history only moves forward.
  const occurredAt = last && last.occurredAt > facts.observedAt ? last.occurredAt : facts.observedAt;
  if (last) {
    await tx
      .update(membershipHistory)
      .set({ validUntil: occurredAt })
      .where(eq(membershipHistory.id, last.id));
  }
  const { observedAt: _observed, ...fields } = next;
  const [row] = await tx
    .insert(membershipHistory)
    .values({
      ...fields,
      membershipId: membership.id,
      userId: membership.userId,
      stripeSubscriptionId: membership.stripeSubscriptionId,
      occurredAt,
      prevState: last?.state ?? null,
      prevStatus: last?.status ?? null,
      prevMrrMinor: last?.mrrMinor ?? 0,
      source,
    })
    .returning();
  return row ?? null;
}

/** Memberships that have no history yet (made before the history existed, or written by the seed). */
export async function listMembershipsWithoutHistory(db: Pick<Database, "select">): Promise<Membership[]> {
  const rows = await db
    .select({ membership: memberships })
    .from(memberships)
    .leftJoin(membershipHistory, eq(membershipHistory.stripeSubscriptionId, memberships.stripeSubscriptionId))
    .where(isNull(membershipHistory.id));
  return rows.map((r) => r.membership);
}

/**
 * Whether the membership still has no history, asked under the lock the sync takes (its user row), so a
 * backfill never writes behind a sync that got there first.
 */
export async function stillWithoutHistory(tx: Writer, membership: Membership): Promise<boolean> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, membership.userId)).for("update");
  const [row] = await tx
    .select({ id: membershipHistory.id })
    .from(membershipHistory)
    .where(eq(membershipHistory.stripeSubscriptionId, membership.stripeSubscriptionId))
    .limit(1);
  return row === undefined;
}

/** The demo memberships get real Stripe ids on first start: their history follows them. */
export async function renameHistorySubscription(tx: Writer, from: string, to: string): Promise<void> {
  await tx
    .update(membershipHistory)
    .set({ stripeSubscriptionId: to })
    .where(eq(membershipHistory.stripeSubscriptionId, from));
}

/** A paid invoice of the subscription: what the member paid less tax, and when. */
export interface PaymentFacts {
  stripeInvoiceId: string;
  currency: string;
  netMinor: number;
  paidAt: Date;
}

/** Stores a payment once (an invoice is paid once; a later sync of it changes nothing). */
export async function recordMembershipPayment(
  tx: Writer,
  membership: Membership,
  payment: PaymentFacts,
): Promise<void> {
  await tx
    .insert(membershipPayments)
    .values({ ...payment, stripeSubscriptionId: membership.stripeSubscriptionId, userId: membership.userId })
    .onConflictDoNothing();
}
