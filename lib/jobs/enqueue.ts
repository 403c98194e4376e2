import "server-only";
import type PgBoss from "pg-boss";
import { getJobEngine } from "./engine";

/** Queues one job of a defined kind (lib/jobs/queues.ts); answers its id, or null when a singleton already waits. */
export async function enqueueJob(
  name: string,
  data: Record<string, unknown> = {},
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const boss = await getJobEngine();
  return boss.send(name, data, options);
}
