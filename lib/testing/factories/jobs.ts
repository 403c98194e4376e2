import { createJobEngine } from "@/lib/jobs/engine";

/** A job of queue `name` that failed with `message` (through the real engine), as /admin/jobs lists it. */
export async function createFailedJob(
  name = "test-failing",
  message = "boom",
): Promise<{ name: string; id: string }> {
  const boss = await createJobEngine({ schedule: false });
  try {
    await boss.createQueue(name, { name, retryLimit: 0 });
    const id = await boss.send(name, {});
    if (!id) throw new Error("job not created");
    await boss.fetch(name);
    await boss.fail(name, id, new Error(message));
    return { name, id };
  } finally {
    await boss.stop({ graceful: false, close: false, timeout: 1000 });
  }
}

/** Creates the queues of these job kinds (lib/jobs/queues.ts), as an instance's workers do at boot. */
export async function createJobQueues(names: string[]): Promise<void> {
  const { jobDefinitions } = await import("@/lib/jobs/queues");
  const { defineQueues } = await import("@/lib/jobs/workers");
  const boss = await createJobEngine({ schedule: false });
  try {
    await defineQueues(
      boss,
      jobDefinitions.filter((d) => names.includes(d.name)).map((d) => ({ ...d, cron: undefined })),
    );
  } finally {
    await boss.stop({ graceful: false, close: false, timeout: 1000 });
  }
}
