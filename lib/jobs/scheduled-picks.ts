import "server-only";
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import { listPickBoundaries } from "@/lib/db/queries/pick-boundaries";
import { contentTags, purgeContent } from "@/lib/content/purge";
import { getJobEngine, isJobEngineStarted } from "./engine";

// Scheduled picks appear and expire on time without anyone saving: for every moment a pick starts or ends, one
// `picks-purge` job waits in the job engine (startAfter = that moment) and purges the picks' caches (Next's
// "use cache" entries and every instance's page cache) when it comes. The `picks-schedule` job (each minute, and
// straight after a save) queues them; a job id derived from the moment makes queueing it again a no-op, so any
// number of runs and instances queue each moment once.

export const PICKS_PURGE = "picks-purge";
/** Moments this recent are still queued (a pick saved to start a few seconds ago purges now, not never). */
const LOOKBACK_MS = 2 * 60_000;

/** The job id of the purge at `at`: the same moment always gives the same id. */
export function picksPurgeId(at: Date): string {
  const hex = createHash("sha256").update(`${PICKS_PURGE}:${at.toISOString()}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Queues a purge for every pick start and end not yet passed (or just passed); answers how many were new. */
export async function schedulePicksPurges(boss: PgBoss): Promise<number> {
  let queued = 0;
  for (const at of await listPickBoundaries(LOOKBACK_MS)) {
    // Retention counts from startAfter: a moment weeks ahead waits, and is dropped a day after it passed.
    const id = await boss.send(
      PICKS_PURGE,
      { at: at.toISOString() },
      { id: picksPurgeId(at), startAfter: at, retentionSeconds: 86_400 },
    );
    if (id) queued++;
  }
  return queued;
}

export async function purgePicks(): Promise<void> {
  await purgeContent([contentTags.picks]);
}

/**
 * After a save: queue the new moments now rather than at the next minute's run (a pick set to start in 20 s). Only
 * where this process runs the engine; elsewhere the minute's run does it. Never fails the save.
 */
export async function schedulePicksPurgesAfterSave(): Promise<void> {
  if (!isJobEngineStarted()) return;
  try {
    await schedulePicksPurges(await getJobEngine());
  } catch (error) {
    console.error("jobs: could not queue the picks' purges; the picks-schedule job will", error);
  }
}
