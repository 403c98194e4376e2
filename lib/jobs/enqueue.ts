import "server-only";
import type PgBoss from "pg-boss";
import { getJobSender, wakeWorkers } from "./engine";

/** Queues one job of a defined kind (lib/jobs/queues.ts); answers its id, or null when a singleton already waits. */
export async function enqueueJob(
  name: string,
  data: Record<string, unknown> = {},
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const boss = await getJobSender();
  const id = await boss.send(name, data, options);
  // Workers poll slowly where latency does not matter (queues.ts); one here starts on this job at once. Woken
  // also when a singleton queue refused the send (id null): the job already waiting does this one's work, and
  // it may be one nobody woke for (a cron slot's, or another instance's) that would sit until the next poll.
  if (!options.startAfter) wakeWorkers(boss, name);
  return id;
}

/** Queues a job after a request's answer (Next's `after`): never throws, since its schedule will run it anyway. */
export async function enqueueJobSoon(name: string, data: Record<string, unknown> = {}): Promise<void> {
  try {
    await enqueueJob(name, data);
  } catch (error) {
    console.error(`jobs: could not queue ${name}; its schedule will run it`, error);
  }
}
