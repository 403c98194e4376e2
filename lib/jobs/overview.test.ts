import { describe, expect, it } from "vitest";
import { recordPollFailure } from "@/lib/db/queries/feeds";
import { getAuditPage } from "@/lib/newsroom/audit";
import { EditorialInputError } from "@/lib/newsroom/errors";
import { createUser } from "@/lib/testing/factories/accounts";
import { createPublisher } from "@/lib/testing/factories/content";
import { createFailedJob } from "@/lib/testing/factories/jobs";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getJobsOverview, retryJob } from "./overview";

// What /admin/jobs shows and its one change: queues by state, failures with their error, feeds in trouble with
// their last error, and an audited retry.

setUpTestDatabase();

describe("jobs overview", () => {
  it("shows a failure with its error; a retry puts it back in line once and is audited", async () => {
    const failed = await createFailedJob("test-overview", "smtp: connection refused");
    const before = await getJobsOverview();
    expect(before.queues.find((q) => q.name === "test-overview")?.counts.failed).toBe(1);
    expect(before.failures.find((f) => f.id === failed.id)).toMatchObject({
      name: "test-overview",
      error: "smtp: connection refused",
      archived: false,
    });

    const { user: editor } = await createUser({ role: "editor" });
    await retryJob(editor, failed.name, failed.id);
    const after = await getJobsOverview();
    expect(after.queues.find((q) => q.name === "test-overview")?.counts).toMatchObject({ retry: 1 });
    expect(after.failures.some((f) => f.id === failed.id)).toBe(false);
    const [entry] = (await getAuditPage({})).entries;
    expect(entry).toMatchObject({ action: "job.retry", entityType: "job", entityId: failed.id });

    await expect(retryJob(editor, failed.name, failed.id)).rejects.toBeInstanceOf(EditorialInputError);
    const { user: reader } = await createUser({ role: "reader" });
    await expect(retryJob(reader, failed.name, failed.id)).rejects.toThrow(/Only an editor/);
  });

  it("lists paused and failing feeds with their last error, paused first", async () => {
    const paused = await createPublisher({ feedUrl: "https://paused.example/feed.xml" });
    const failing = await createPublisher({ feedUrl: "https://failing.example/feed.xml" });
    await createPublisher({ feedUrl: "https://fine.example/feed.xml" });
    for (let i = 0; i < 3; i++)
      await recordPollFailure(paused.id, "HTTP 500 from paused.example", () => 60, 3);
    await recordPollFailure(failing.id, "timed out after 20 s", () => 60, 3);
    const { feeds } = await getJobsOverview();
    expect(feeds.map((f) => [f.slug, f.failures, f.lastError, f.pausedAt !== null])).toEqual([
      [paused.slug, 3, "HTTP 500 from paused.example", true],
      [failing.slug, 1, "timed out after 20 s", false],
    ]);
  });
});
