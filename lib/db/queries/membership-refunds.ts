import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { membershipRefunds, memberships } from "../schema";
import { recordStripeEventOnce } from "./billing";

// Refunds of membership payments (README "Publisher payouts"): stored by refund id, so an event delivered twice,
// or two events about one refund (refund.created, charge.refunded), count it once.

export interface RefundFacts {
  stripeRefundId: string;
  stripeChargeId: string;
  stripeInvoiceId: string;
  stripeSubscriptionId: string;
  currency: string;
  amountMinor: number;
  status: string;
  refundedAt: Date;
}

/**
 * Records the event and every refund of one charge as Stripe has them now (a later status — failed, canceled —
 * replaces the stored one), in one transaction. "duplicate": the event was stored before, nothing is written.
 */
export async function recordMembershipRefunds(
  event: { id: string; type: string } | undefined,
  refunds: RefundFacts[],
): Promise<"stored" | "duplicate"> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (event && !(await recordStripeEventOnce(tx, event))) return "duplicate";
    if (refunds.length > 0) {
      const userId = (subscriptionId: string) => sql`(select ${memberships.userId} from ${memberships}
        where ${memberships.stripeSubscriptionId} = ${subscriptionId})`;
      await tx
        .insert(membershipRefunds)
        .values(refunds.map((refund) => ({ ...refund, userId: userId(refund.stripeSubscriptionId) })))
        .onConflictDoUpdate({
          target: membershipRefunds.stripeRefundId,
          set: { status: sql`excluded.status` },
        });
    }
    return "stored";
  });
}

/** The stored refunds among `ids`: their status and subscription (for the reconciliation). */
export async function findMembershipRefunds(
  ids: string[],
): Promise<Map<string, { status: string; stripeSubscriptionId: string }>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      id: membershipRefunds.stripeRefundId,
      status: membershipRefunds.status,
      stripeSubscriptionId: membershipRefunds.stripeSubscriptionId,
    })
    .from(membershipRefunds)
    .where(inArray(membershipRefunds.stripeRefundId, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
