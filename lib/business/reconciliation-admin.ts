import "server-only";
import { insertAuditEntry } from "../db/queries/audit-log";
import { findLatestReconciliationRun, type ReconciliationRun } from "../db/queries/reconciliation";
import { withTransaction } from "../db/queries/transaction";
import type { User } from "../db/schema";
import { enqueueJob } from "../jobs/enqueue";
import { RECONCILE_JOB } from "../jobs/queues";
import { assertRole } from "../newsroom/errors";

// What /admin shows of the reconciliation with Stripe, and its one button: queue a run now (admins, audited).

export type { ReconciliationDrift, ReconciliationRun } from "../db/queries/reconciliation";

export async function getLatestReconciliation(actor: Pick<User, "role">): Promise<ReconciliationRun | null> {
  assertRole(actor, "admin");
  return findLatestReconciliationRun();
}

/** Queues a run; answers false when one is already waiting (the queue keeps one waiting at most). */
export async function requestReconciliation(actor: Pick<User, "id" | "email" | "role">): Promise<boolean> {
  assertRole(actor, "admin");
  const jobId = await enqueueJob(RECONCILE_JOB);
  if (!jobId) return false;
  await withTransaction((tx) =>
    insertAuditEntry(tx, {
      actor,
      action: "reconciliation.request",
      entityType: "job",
      entityId: jobId,
      summary: "Asked for a reconciliation with Stripe now",
    }),
  );
  return true;
}
