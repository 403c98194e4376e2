import { describe, expect, it } from "vitest";
import { monthContaining, monthsAfter, parseMonth } from "./payout-month";

// ?month= parsing: a month is YYYY-MM and nothing else; bad input says why instead of throwing.

describe("parseMonth", () => {
  it("reads YYYY-MM as the UTC month [first day, next month's first day)", () => {
    const parsed = parseMonth("2026-12");
    expect(parsed.ok && [parsed.month.start.toISOString(), parsed.month.end.toISOString()]).toEqual([
      "2026-12-01T00:00:00.000Z",
      "2027-01-01T00:00:00.000Z",
    ]);
  });

  it.each([["2026-13"], ["2026-00"], ["abc"], [""], [undefined], ["2026-3"], ["2026-03-01"]])(
    "refuses %s with a message",
    (value) => {
      const parsed = parseMonth(value);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(/month like 2026-03/);
    },
  );

  it("steps across years", () => {
    const january = monthContaining(new Date("2026-01-31T23:59:59Z"));
    expect(monthsAfter(january, -1).key).toBe("2025-12");
    expect(monthsAfter(january, 12).key).toBe("2027-01");
  });
});
