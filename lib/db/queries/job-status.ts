import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";

// What the job engine (lib/jobs, pg-boss) holds in its `pgboss` schema, for `npm run jobs` and /admin/jobs: counts
// per queue and state, the latest failures with their error, and the retry an editor asks for.

export interface QueueCounts {
  name: string;
  counts: Record<string, number>;
}

export interface FailedJob {
  id: string;
  name: string;
  error: string;
  retries: number;
  failedAt: Date;
  /** Moved to pgboss.archive (after a day): shown, but no longer retried from here. */
  archived: boolean;
}

export async function listQueueCounts(): Promise<QueueCounts[]> {
  const db = await getDb();
  const rows = rowsOf<{ name: string; state: string | null; size: number }>(
    await db.execute(sql`
      SELECT q.name, j.state::text AS state, count(j.id)::int AS size
        FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name
       GROUP BY q.name, j.state ORDER BY q.name`),
  );
  const byQueue = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byQueue.get(row.name) ?? {};
    if (row.state) counts[row.state] = Number(row.size);
    byQueue.set(row.name, counts);
  }
  return [...byQueue].map(([name, counts]) => ({ name, counts }));
}

/** The latest failed jobs (including archived ones) with the message they failed with. */
export async function listFailedJobs(limit = 20): Promise<FailedJob[]> {
  const db = await getDb();
  const columns = sql.raw("id::text AS id, name, output, retry_count AS retries, completed_on AS failed_at");
  const rows = rowsOf<{
    id: string;
    name: string;
    output: unknown;
    retries: number;
    failed_at: unknown;
    archived: boolean;
  }>(
    await db.execute(sql`
      SELECT * FROM (
        SELECT ${columns}, false AS archived FROM pgboss.job WHERE state = 'failed'
        UNION ALL SELECT ${columns}, true FROM pgboss.archive WHERE state = 'failed'
      ) f ORDER BY failed_at DESC NULLS LAST LIMIT ${limit}`),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    error: errorOf(row.output),
    retries: Number(row.retries),
    // Drizzle hands timestamps of a raw execute back as text on postgres.js.
    failedAt: row.failed_at instanceof Date ? row.failed_at : new Date(String(row.failed_at)),
    archived: row.archived === true || String(row.archived) === "t",
  }));
}

/**
 * Puts a failed job back in line with one more try (pg-boss's own retry statement), inside the caller's
 * transaction so the audit entry commits with it. False when it is not a failed job of that queue (any more).
 */
export async function retryFailedJob(tx: Database, name: string, id: string): Promise<boolean> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`
      UPDATE pgboss.job SET state = 'retry', retry_limit = retry_limit + 1
       WHERE name = ${name} AND id = ${id}::uuid AND state = 'failed'
      RETURNING id::text AS id`),
  );
  return rows.length === 1;
}

function errorOf(output: unknown): string {
  const value = typeof output === "string" ? (JSON.parse(output) as unknown) : output;
  if (value && typeof value === "object" && "message" in value) return String(value.message);
  if (value && typeof value === "object" && "value" in value) return errorOf(value.value);
  return JSON.stringify(value ?? null);
}
