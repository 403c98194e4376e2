import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { briefingSends, outboxEmails } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { saveBriefingSetting } from "@/lib/personal/briefing-settings";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle, createPick } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createJobEngine } from "./engine";
import { jobDefinitions } from "./queues";
import { defineQueues, workQueue } from "./workers";

// The daily briefing on the job engine itself: scheduled every quarter hour, and two instances working the queue
// with a job each still mail a reader once for their local day.

setUpTestDatabase();
const engines: PgBoss[] = [];
let info: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  info = vi.spyOn(console, "info").mockImplementation(() => {}); // the local outbox prints each mail
});
afterAll(async () => {
  for (const boss of engines) await boss.stop({ graceful: true, close: false, timeout: 5000 });
  info.mockRestore();
});

describe("briefing-send on the job engine", () => {
  it("is scheduled every 15 minutes and mails a due reader once, whichever instance runs it", async () => {
    const definition = jobDefinitions.find((d) => d.name === "briefing-send");
    if (!definition) throw new Error("briefing-send is not defined");
    const [a, b] = [await createJobEngine({ schedule: false }), await createJobEngine({ schedule: false })];
    engines.push(a, b);
    await defineQueues(a, [definition]);
    await defineQueues(b, [definition]);
    expect((await a.getSchedules()).map((s) => [s.name, s.cron])).toContainEqual([
      "briefing-send",
      "*/15 * * * *",
    ]);

    await createPick((await createArticle({ headline: "Engine-run pick" })).id, 0);
    const { user } = await createUser();
    await saveBriefingSetting(user.id, { enabled: true, sendHour: 0, timeZone: "America/New_York" });
    // Two instances each get a run (the policy keeps one waiting at a time, so queue the second after).
    await a.send("briefing-send", {});
    await workQueue(a, definition, 0.5);
    await workQueue(b, definition, 0.5);
    for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
      if ((await selectRowsWhere(briefingSends, briefingSends.userId, user.id)).length > 0) break;
    await b.send("briefing-send", {});
    await new Promise((r) => setTimeout(r, 2_000)); // a second mail would land here
    const mails = await selectRowsWhere(outboxEmails, outboxEmails.to, user.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Your Newsstand briefing for /)]);
    expect(mails[0]?.html).toContain("Engine-run pick");
  }, 60_000);
});
