import "server-only";
import PgBoss from "pg-boss";
import { settings } from "@/lib/config/settings";
import { getDb } from "@/lib/db/client";
import { rawSqlOf } from "@/lib/db/raw-sql";

// The one job engine: pg-boss 10 (PostgreSQL-backed queues, retries, cron schedules), running through the app's own
// database client — a pooled postgres.js on PostgreSQL, the single in-process PGlite connection otherwise — via its
// `db` option, so it needs no LISTEN/NOTIFY and no second pool. Jobs are claimed with FOR UPDATE SKIP LOCKED, so
// with several instances each job runs once; an instance that dies mid-job leaves it active until it expires, and
// pg-boss's maintenance then retries it. pg-boss ≥ 11 needs Node 22; 10.x runs on Node 20 (see README, Jobs).

const globalForJobs = globalThis as unknown as {
  newsstandJobs?: Promise<PgBoss>;
  newsstandSender?: Promise<PgBoss>;
  newsstandWorkerIds?: Map<string, string[]>;
};

export interface EngineOptions {
  /** Whether this instance also fires cron schedules (each minute at most once across instances). */
  schedule?: boolean;
}

async function engineOverDb(options: EngineOptions): Promise<PgBoss> {
  const executor = rawSqlOf(await getDb());
  return new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => executor.executeSql(text, values) },
    schema: "pgboss",
    schedule: options.schedule ?? true,
    supervise: true,
    maintenanceIntervalSeconds: 60, // expiry/retry sweeps
  });
}

/** A started engine over the current database; the app keeps one per process (getJobEngine). */
export async function createJobEngine(options: EngineOptions = {}): Promise<PgBoss> {
  const boss = await engineOverDb(options);
  boss.on("error", (error: unknown) => console.error("jobs: engine error", error));
  await boss.start();
  return boss;
}

/** The started engine of this process (migrates its own `pgboss` schema on first start). */
export function getJobEngine(options: EngineOptions = {}): Promise<PgBoss> {
  globalForJobs.newsstandJobs ??= createJobEngine(options).catch((error: unknown) => {
    globalForJobs.newsstandJobs = undefined;
    throw error;
  });
  return globalForJobs.newsstandJobs;
}

/**
 * What queues a job from this process: the engine, where workers run; in an instance that only serves pages
 * (JOBS_WORKERS=0), a pg-boss never started. A send is one INSERT: a request that queues a job (Stripe's webhook)
 * should not leave that instance running the engine's maintenance and cron timers from then on.
 */
export function getJobSender(): Promise<PgBoss> {
  if (settings.JOBS_WORKERS || isJobEngineStarted()) return getJobEngine();
  globalForJobs.newsstandSender ??= engineOverDb({ schedule: false }).catch((error: unknown) => {
    globalForJobs.newsstandSender = undefined;
    throw error;
  });
  return globalForJobs.newsstandSender;
}

/** Stops workers and timers (waits for running jobs up to `timeoutMs`), so a script or test can exit. */
export async function stopJobEngine(timeoutMs = 10_000): Promise<void> {
  const pending = globalForJobs.newsstandJobs;
  globalForJobs.newsstandJobs = undefined;
  globalForJobs.newsstandSender = undefined;
  workerIds().clear();
  const boss = await pending?.catch(() => null);
  await boss?.stop({ graceful: true, close: false, timeout: timeoutMs });
}

const workerIds = () => (globalForJobs.newsstandWorkerIds ??= new Map());

/** Remembers this process's workers of a queue, so a job sent here wakes them instead of waiting a poll. */
export function noteWorker(name: string, id: string): void {
  workerIds().set(name, [...(workerIds().get(name) ?? []), id]);
}

/** Wakes this process's idle workers of `name` (other instances find the job at their next poll). */
export function wakeWorkers(boss: PgBoss, name: string): void {
  for (const id of workerIds().get(name) ?? []) boss.notifyWorker(id);
}

/** Whether this process has started its engine (workers run here); sending needs none (getJobSender). */
export function isJobEngineStarted(): boolean {
  return globalForJobs.newsstandJobs !== undefined;
}
