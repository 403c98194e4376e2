import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { startSmtpSink } from "@/e2e/support/smtp-sink";
import { settings } from "@/lib/config/settings";
import { listFailedJobs, listQueueCounts } from "@/lib/db/queries/job-status";
import { findOutboxEmail, insertOutboxEmails } from "@/lib/db/queries/outbox-emails";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createJobEngine, getJobEngine, isJobEngineStarted, stopJobEngine } from "./engine";
import { enqueueJob } from "./enqueue";
import { jobDefinitions, type JobDefinition } from "./queues";
import { defineQueues, workQueue } from "./workers";

// The job engine (pg-boss over the app's own client) on PGlite or PostgreSQL: two engines on one database stand
// for two instances.

setUpTestDatabase();

const engines: PgBoss[] = [];
async function startEngine(): Promise<PgBoss> {
  const boss = await createJobEngine({ schedule: false });
  engines.push(boss);
  return boss;
}

const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (await check()) return;
  throw new Error("condition not met in time");
};

const definition = (
  name: string,
  run: JobDefinition["run"],
  queue: JobDefinition["queue"] = {},
): JobDefinition => ({
  name,
  queue,
  concurrency: 2,
  pollSeconds: 0.5,
  run,
});

let error: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  error = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(async () => {
  for (const boss of engines) await boss.stop({ graceful: true, close: false, timeout: 5000 });
  error.mockRestore();
});

describe("job engine", () => {
  it("runs each job once when two instances work the same queue", async () => {
    const [a, b] = [await startEngine(), await startEngine()];
    const runs: string[] = [];
    const once = definition("test-once", async (data) => void runs.push(String(data.n)));
    await defineQueues(a, [once]);
    await defineQueues(b, [once]); // both instances define it, as at boot
    const sent = await Promise.all(Array.from({ length: 24 }, (_, n) => a.send("test-once", { n })));
    expect(sent.every(Boolean)).toBe(true);
    await workQueue(a, once, 0.5);
    await workQueue(b, once, 0.5);
    await until(() => runs.length >= 24);
    await new Promise((r) => setTimeout(r, 1500)); // a second run would land here
    expect(runs.sort()).toEqual(Array.from({ length: 24 }, (_, n) => String(n)).sort());
  });

  it("retries a job whose instance died mid-run, once it expires", async () => {
    const [dead, alive] = [await startEngine(), await startEngine()];
    await defineQueues(dead, [
      definition("test-crash", async () => {}, { expireInSeconds: 1, retryLimit: 2 }),
    ]);
    const id = await dead.send("test-crash", { step: 1 });
    const [claimed] = await dead.fetch("test-crash"); // claimed, then the instance "dies": never completed
    expect(claimed?.id).toBe(id);
    expect(await alive.fetch("test-crash")).toEqual([]); // active elsewhere: not handed out twice
    await new Promise((r) => setTimeout(r, 1500));
    await alive.expire();
    await until(async () => (await alive.fetch("test-crash")).some((job) => job.id === id));
    const job = await alive.getJobById("test-crash", id ?? "");
    expect(job).toMatchObject({ state: "active", retryCount: 1 });
  });

  it("records a failed job with its error, visible in the status listing", async () => {
    const boss = await startEngine();
    const failing = definition(
      "test-fail",
      async () => {
        throw new Error("boom: feed unreachable");
      },
      { retryLimit: 0 },
    );
    await defineQueues(boss, [failing]);
    await boss.send("test-fail", {});
    await workQueue(boss, failing, 0.5);
    await until(async () => (await listFailedJobs()).some((job) => job.name === "test-fail"));
    const [failed] = (await listFailedJobs()).filter((job) => job.name === "test-fail");
    expect(failed?.error).toBe("boom: feed unreachable");
    const counts = await listQueueCounts();
    expect(counts.find((q) => q.name === "test-fail")?.counts.failed).toBe(1);
  });

  it("queues from an instance that only serves pages without starting an engine there", async () => {
    const boss = await startEngine(); // another instance's, with the workers
    await defineQueues(boss, [definition("test-page-sent", async () => {})]);
    const mutable = settings as { JOBS_WORKERS: boolean };
    const before = mutable.JOBS_WORKERS;
    mutable.JOBS_WORKERS = false;
    try {
      const id = await enqueueJob("test-page-sent", { n: 1 });
      expect(isJobEngineStarted()).toBe(false);
      expect(await boss.getJobById("test-page-sent", id ?? "")).toMatchObject({
        state: "created",
        data: { n: 1 },
      });
    } finally {
      mutable.JOBS_WORKERS = before;
    }
  });

  it("a send a singleton queue refuses still wakes this instance's worker for the job already waiting", async () => {
    const boss = await getJobEngine({ schedule: false }); // this process's engine, as in an instance
    try {
      const runs: number[] = [];
      const reminders = definition("test-stately", async () => void runs.push(Date.now()), {
        policy: "stately",
      });
      await defineQueues(boss, [reminders]);
      await workQueue(boss, reminders, 30); // asks once now, then idles 30 s
      await new Promise((r) => setTimeout(r, 500));
      // A job nobody woke a worker for (a cron slot's, another instance's): it would wait for the next poll.
      expect(await boss.send("test-stately", {})).toBeTruthy();
      expect(await enqueueJob("test-stately")).toBeNull(); // one waits already: this send is refused
      await until(() => runs.length === 1, 10_000); // well before the 30 s poll
    } finally {
      await stopJobEngine(5_000);
    }
  });

  it("sends queued mail through the mail-deliver job, and schedules it every minute", async () => {
    const sink = await startSmtpSink();
    const mutable = settings as { SMTP_URL?: string };
    const before = mutable.SMTP_URL;
    mutable.SMTP_URL = `smtp://127.0.0.1:${sink.smtpPort}`;
    try {
      const boss = await startEngine();
      const mail = jobDefinitions.find((d) => d.name === "mail-deliver");
      if (!mail) throw new Error("mail-deliver is not defined");
      await defineQueues(boss, [mail]);
      expect((await boss.getSchedules()).map((s) => [s.name, s.cron])).toContainEqual([
        "mail-deliver",
        "* * * * *",
      ]);
      const [id = 0] = await insertOutboxEmails(
        [{ to: "jobs@example.test", subject: "Via the engine", text: "t", html: "<p>t</p>" }],
        "queued",
      );
      await boss.send("mail-deliver", {});
      await workQueue(boss, mail, 0.5);
      await until(async () => (await findOutboxEmail(id))?.status === "sent");
      expect(sink.messages.map((m) => m.subject)).toEqual(["Via the engine"]);
      expect(await findOutboxEmail(id)).toMatchObject({ status: "sent", attempts: 1 });
    } finally {
      mutable.SMTP_URL = before;
      await sink.close();
    }
  });
});
