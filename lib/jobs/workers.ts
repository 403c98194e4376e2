import "server-only";
import type PgBoss from "pg-boss";
import { settings } from "@/lib/config/settings";
import { getJobEngine, noteWorker } from "./engine";
import { jobDefinitions, RELAXED_POLL_SECONDS, type JobDefinition } from "./queues";

// Starts this instance's workers (instrumentation.ts at boot). Never during `next build`, and not when
// JOBS_WORKERS=0 (an instance that only serves pages, or a test that drives jobs itself).

const globalForWorkers = globalThis as unknown as { newsstandWorkers?: Promise<void> };

/** Creates (or updates) every queue and its schedule; idempotent, safe when several instances do it at once. */
export async function defineQueues(boss: PgBoss, definitions = jobDefinitions): Promise<void> {
  for (const { name, queue, cron } of definitions) {
    await boss.createQueue(name, { name, ...queue });
    await boss.updateQueue(name, { name, ...queue });
    if (cron) await boss.schedule(name, cron, {}, { tz: "UTC" });
  }
}

/** Runs one job kind: each job's failure is thrown back to pg-boss, which records it and retries per the queue. */
export async function workQueue(
  boss: PgBoss,
  definition: JobDefinition,
  pollingIntervalSeconds = definition.pollSeconds ?? RELAXED_POLL_SECONDS,
): Promise<void> {
  for (let i = 0; i < (definition.concurrency ?? 1); i++) {
    const id = await boss.work<Record<string, unknown>>(
      definition.name,
      { pollingIntervalSeconds },
      async ([job]) => {
        if (job) await definition.run(job.data ?? {});
      },
    );
    noteWorker(definition.name, id);
  }
}

async function startWorkers(): Promise<void> {
  const boss = await getJobEngine();
  await defineQueues(boss);
  for (const definition of jobDefinitions) await workQueue(boss, definition);
  await queueStartJobs(boss);
}

/** Queues the jobs marked `atStart`; their queues keep one waiting at most, so instances starting together queue one. */
export async function queueStartJobs(boss: PgBoss, definitions = jobDefinitions): Promise<void> {
  for (const { name } of definitions.filter((d) => d.atStart)) await boss.send(name, {});
}

export function startJobWorkers(): Promise<void> {
  if (settings.isBuildPhase || !settings.JOBS_WORKERS) return Promise.resolve();
  globalForWorkers.newsstandWorkers ??= startWorkers().catch((error: unknown) => {
    globalForWorkers.newsstandWorkers = undefined;
    console.error("jobs: workers did not start", error);
  });
  return globalForWorkers.newsstandWorkers;
}
