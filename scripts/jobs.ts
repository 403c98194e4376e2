// What the job engine holds (lib/jobs): queues with their jobs by state, and the latest failures.
//   npm run jobs -- list
//   npm run jobs -- failed [--limit 20]
// Uses DATABASE_URL, else the embedded PGlite in $DATA_DIR (stop the app first: one process per data dir).
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { listFailedJobs, listQueueCounts } from "../lib/db/queries/job-status";
import { closeDatabase } from "../lib/db/open";
import { getJobEngine, stopJobEngine } from "../lib/jobs/engine";
import { defineQueues } from "../lib/jobs/workers";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: "string", default: "20" } },
});

async function main(): Promise<void> {
  const [command = "list"] = positionals;
  // Creates or migrates the engine's schema and its queues if this database has not run the app yet.
  await defineQueues(await getJobEngine({ schedule: false }));
  if (command === "list") {
    for (const { name, counts } of await listQueueCounts()) {
      const states = Object.entries(counts).map(([state, n]) => `${state} ${n}`);
      console.log(`${name.padEnd(16)} ${states.join(", ") || "empty"}`);
    }
  } else if (command === "failed") {
    const failed = await listFailedJobs(Number(values.limit) || 20);
    if (failed.length === 0) console.log("no failed jobs");
    for (const job of failed)
      console.log(
        `${job.failedAt.toISOString()}  ${job.name}  ${job.id}  (retries ${job.retries})  ${job.error}`,
      );
  } else {
    throw new Error(`unknown command "${command}": use list or failed`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopJobEngine();
    await closeDatabase(await getDb());
  });
