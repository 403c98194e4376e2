import "server-only";
import { listStripeRefunds, syncChargeRefunds } from "../billing/refunds";
import { findMembershipRefunds } from "../db/queries/membership-refunds";
import type { ReconciliationDrift } from "../db/queries/reconciliation";

// Refunds in the reconciliation (README "Reconciliation with Stripe"): every refund Stripe made in the window
// that we hold under another status, or not at all (its webhooks never came), is drift, repaired by the same
// re-read of its charge that the webhook runs. A refund of a charge that paid no membership is not ours: skipped.

/** How far back each run compares refunds (a refund's status can still change within it). */
export const REFUND_WINDOW_DAYS = 120;

export async function reconcileRefunds(
  drift: ReconciliationDrift[],
  since = Math.floor(Date.now() / 1000) - REFUND_WINDOW_DAYS * 86_400,
): Promise<number> {
  const refunds = (await listStripeRefunds(since)).filter((r) => r.charge);
  const ours = await findMembershipRefunds(refunds.map((r) => r.id));
  const repaired = new Map<string, string>(); // charge → outcome
  for (const refund of refunds) {
    const held = ours.get(refund.id);
    if (held?.status === refund.status) continue;
    const charge = typeof refund.charge === "string" ? refund.charge : (refund.charge?.id ?? "");
    if (!repaired.has(charge)) {
      const outcome = await syncChargeRefunds(charge).then(
        (o) => (o === "stored" ? "re-synced" : o),
        (error: unknown) => `re-sync failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      repaired.set(charge, outcome);
    }
    const repair = repaired.get(charge) ?? null;
    if (repair === "not a membership charge") continue;
    const now = held ?? (await findMembershipRefunds([refund.id])).get(refund.id);
    drift.push({
      customerId: typeof refund.customer === "string" ? refund.customer : (refund.customer?.id ?? null),
      subscriptionId: now?.stripeSubscriptionId ?? "",
      field: "refund",
      ours: held ? `${refund.id} ${held.status}` : null,
      stripe: `${refund.id} ${refund.status ?? "?"} ${refund.amount} ${refund.currency}`,
      repair,
    });
  }
  return refunds.length;
}
