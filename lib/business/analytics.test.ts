import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getAnalytics, parsePeriod } from "./analytics";

// Who sees what on /admin/analytics, and bad periods answered with a message, never an error.

setUpTestDatabase();

describe("analytics", () => {
  it("gives admins the membership figures and editors only the reading", async () => {
    const asked = parsePeriod({ from: "2026-03-01", to: "2026-03-31", granularity: "month" });
    if (!asked.ok) throw new Error(asked.message);
    expect((await getAnalytics({ role: "admin" }, asked.period)).membership).not.toBeNull();
    const editor = await getAnalytics({ role: "editor" }, asked.period);
    expect(editor.membership).toBeNull();
    expect(editor.reading.buckets.map((b) => b.key)).toEqual(["2026-03-01"]);
  });

  it("refuses a period it cannot show, saying why", () => {
    expect(parsePeriod({ from: "2026-03-10", to: "2026-03-01", granularity: "day" })).toMatchObject({
      ok: false,
      message: "The period must end on or after the day it starts.",
    });
    expect(parsePeriod({ from: "2020-01-01", to: "2026-01-01", granularity: "day" })).toMatchObject({
      ok: false,
      message: "That is more than 400 days: pick a coarser step.",
    });
    expect(parsePeriod({ from: "yesterday", to: "2026-01-01", granularity: "hour" })).toMatchObject({
      ok: false,
    });
    expect(parsePeriod({})).toMatchObject({ ok: true, values: { granularity: "week" } });
  });
});
