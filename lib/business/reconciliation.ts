import "server-only";
import { syncSubscription } from "../billing/sync";
import { listStripeSubscriptionPages, type StripeSubscriptionState } from "../billing/subscription-pages";
import {
  findLatestHistories,
  findMembershipsBySubscription,
  finishReconciliationRun,
  listMirroredSubscriptions,
  startReconciliationRun,
  type ReconciliationDrift,
} from "../db/queries/reconciliation";
import { driftOf, missingAtStripe } from "./reconciliation-compare";
import { reconcileRefunds } from "./reconciliation-refunds";

// The reconciliation with Stripe (the `stripe-reconcile` job; README "Reconciliation with Stripe"): list every
// subscription Stripe has, compare it with our mirror and history, record the run with its drift, and re-sync
// each drifting subscription through the one sync function, so a missed webhook is repaired, not only reported;
// then the same for refunds (reconciliation-refunds.ts).

/** At most this many drift lines are kept per run, and this many subscriptions re-synced (a wrong account or
 *  key would otherwise make every member drift and the run call Stripe once per member). */
export const MAX_DRIFT_LINES = 1_000;
export const MAX_REPAIRS = 200;

export interface ReconciliationOutcome {
  runId: number;
  checked: number;
  drift: ReconciliationDrift[];
  error: string | null;
}

/** What a failed run records: Stripe's error type and message (never a stack), else the error's message. */
export function describeRunError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { type, message } = error as { type?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : "unknown error";
    return typeof type === "string" && type.startsWith("Stripe") ? `${type}: ${text}` : text;
  }
  return String(error);
}

async function repair(stripe: StripeSubscriptionState): Promise<string> {
  try {
    await syncSubscription({
      subscriptionId: stripe.fields.stripeSubscriptionId,
      customerId: stripe.fields.stripeCustomerId,
      userIdHint: stripe.userIdHint,
    });
    return "re-synced";
  } catch (error) {
    return `re-sync failed: ${describeRunError(error)}`;
  }
}

/** Compares one page of Stripe's subscriptions with ours; re-syncs each that drifts (within MAX_REPAIRS). */
async function reconcilePage(
  page: StripeSubscriptionState[],
  drift: ReconciliationDrift[],
  repairs: { done: number },
): Promise<void> {
  const ids = page.map((s) => s.fields.stripeSubscriptionId);
  const [ours, histories] = await Promise.all([findMembershipsBySubscription(ids), findLatestHistories(ids)]);
  const oursById = new Map(ours.map((m) => [m.stripeSubscriptionId, m]));
  const historyById = new Map(histories.map((h) => [h.stripeSubscriptionId, h]));
  for (const stripe of page) {
    const id = stripe.fields.stripeSubscriptionId;
    const found = driftOf(stripe, oursById.get(id), historyById.get(id));
    if (found.length === 0) continue;
    const outcome = repairs.done < MAX_REPAIRS ? await repair(stripe) : null;
    if (outcome) repairs.done++;
    for (const line of found) drift.push({ ...line, repair: outcome });
  }
}

/** One reconciliation run, recorded in `reconciliation_runs` whatever happens: a Stripe error ends it with `error`. */
export async function reconcileWithStripe(
  options: { pageSize?: number; refundsSince?: number } = {},
): Promise<ReconciliationOutcome> {
  const runId = await startReconciliationRun();
  const drift: ReconciliationDrift[] = [];
  const seen = new Set<string>();
  const repairs = { done: 0 };
  let error: string | null = null;
  try {
    for await (const page of listStripeSubscriptionPages(options.pageSize)) {
      await reconcilePage(page, drift, repairs);
      for (const s of page) seen.add(s.fields.stripeSubscriptionId);
    }
    for (const ours of await listMirroredSubscriptions()) {
      if (!seen.has(ours.subscriptionId)) drift.push({ ...missingAtStripe(ours), repair: null });
    }
    await reconcileRefunds(drift, options.refundsSince);
  } catch (caught) {
    error = describeRunError(caught);
    console.error(`[reconciliation] run ${runId} failed: ${error}`);
  }
  const kept = drift.slice(0, MAX_DRIFT_LINES);
  await finishReconciliationRun(runId, { checked: seen.size, drift: kept, error });
  return { runId, checked: seen.size, drift: kept, error };
}
