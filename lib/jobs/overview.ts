import "server-only";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import { listFeedTargets } from "@/lib/db/queries/feeds";
import {
  listFailedJobs,
  listQueueCounts,
  retryFailedJob,
  type FailedJob,
  type QueueCounts,
} from "@/lib/db/queries/job-status";
import { withTransaction } from "@/lib/db/queries/transaction";
import type { User } from "@/lib/db/schema";
import { assertRole, EditorialInputError } from "@/lib/newsroom/errors";
import { getJobEngine, isJobEngineStarted, wakeWorkers } from "./engine";

// What /admin/jobs shows (queues by state, recent failures, feeds in trouble) and the one change it offers:
// retrying a failed job, audited like every newsroom change.

export type { FailedJob, QueueCounts } from "@/lib/db/queries/job-status";

export interface TroubledFeed {
  slug: string;
  name: string;
  failures: number;
  pausedAt: Date | null;
  lastError: string | null;
  lastSuccessAt: Date | null;
}

export interface JobsOverview {
  queues: QueueCounts[];
  failures: FailedJob[];
  /** Paused feeds first, then failing ones, most failures first. */
  feeds: TroubledFeed[];
}

export async function getJobsOverview(): Promise<JobsOverview> {
  const [queues, failures, targets] = await Promise.all([
    listQueueCounts(),
    listFailedJobs(25),
    listFeedTargets(),
  ]);
  const feeds = targets
    .filter((t) => t.state && (t.state.pausedAt || t.state.consecutiveFailures > 0))
    .map((t) => ({
      slug: t.slug,
      name: t.name,
      failures: t.state?.consecutiveFailures ?? 0,
      pausedAt: t.state?.pausedAt ?? null,
      lastError: t.state?.lastError ?? null,
      lastSuccessAt: t.state?.lastSuccessAt ?? null,
    }))
    .sort((a, b) => Number(!!b.pausedAt) - Number(!!a.pausedAt) || b.failures - a.failures);
  return { queues, failures, feeds };
}

/** Gives a failed job one more try; the audit entry commits with it. */
export async function retryJob(actor: User, name: string, id: string): Promise<void> {
  assertRole(actor, "editor");
  await withTransaction(async (tx) => {
    if (!(await retryFailedJob(tx, name, id))) {
      throw new EditorialInputError(
        "That job is no longer failed (it was retried or cleared). Nothing changed.",
      );
    }
    await insertAuditEntry(tx, {
      actor,
      action: "job.retry",
      entityType: "job",
      entityId: id,
      summary: `Retried a failed ${name} job`,
      before: { state: "failed" },
      after: { state: "retry" },
    });
  });
  if (isJobEngineStarted()) wakeWorkers(await getJobEngine(), name);
}
