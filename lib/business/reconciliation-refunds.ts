import "server-only";
import { idOf } from "../billing/membership-fields";
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
  const differing = refunds.filter((refund) => ours.get(refund.id)?.status !== refund.status);
  const repaired = new Map<string, string>(); // charge → outcome, one re-read per charge
  for (const refund of differing) {
    const charge = idOf(refund.charge) ?? "";
    if (repaired.has(charge)) continue;
    const outcome = await syncChargeRefunds(charge).then(
      (o) => (o === "stored" ? "re-synced" : o),
      (error: unknown) => `re-sync failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    repaired.set(charge, outcome);
  }
  // The subscription of a refund we did not hold is known once its repair stored it: one read for all of them.
  const stored = await findMembershipRefunds(differing.filter((r) => !ours.has(r.id)).map((r) => r.id));
  for (const refund of differing) {
    const repair = repaired.get(idOf(refund.charge) ?? "") ?? null;
    if (repair === "not a membership charge") continue;
    const held = ours.get(refund.id);
    drift.push({
      customerId: idOf(refund.customer),
      subscriptionId: (held ?? stored.get(refund.id))?.stripeSubscriptionId ?? "",
      field: "refund",
      ours: held ? `${refund.id} ${held.status}` : null,
      stripe: `${refund.id} ${refund.status ?? "?"} ${refund.amount} ${refund.currency}`,
      repair,
    });
  }
  return refunds.length;
}
