import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  parseListParams,
  parsePublishersParams,
  parseSearchParams,
  parseSlug,
} from "./params";

describe("query string parsing", () => {
  it.each([
    ["-1", 1],
    ["abc", 1],
    ["0", 1],
    ["1.5", 1],
    ["", 1],
    ["1e309", 1],
    ["9".repeat(40), 1],
    ["3", 3],
    ["99999", 99999],
  ])("page=%s → %d", (raw, expected) => {
    expect(parseListParams({ page: raw }).page).toBe(expected);
  });

  it("takes the first of repeated values and ignores missing ones", () => {
    expect(parseListParams({ page: ["4", "9"] }).page).toBe(4);
    expect(parseListParams({}).page).toBe(1);
  });

  it("cleans search text: trims, cuts long input, blanks control characters", () => {
    expect(parseSearchParams({ q: "  tram  " }).q).toBe("tram");
    expect(parseSearchParams({ q: "x".repeat(10_000) }).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchParams({ q: "\u0000null byte" }).q).toBe("null byte");
    expect(parseSearchParams({}).q).toBe("");
  });

  it("drops invalid filters and orders a reversed date range", () => {
    const parsed = parseSearchParams({
      q: "x",
      from: "2026-13-45",
      to: "not-a-date",
      publisher: "'",
      topic: ["ok-topic"],
    });
    expect(parsed).toMatchObject({ from: undefined, to: undefined, publisher: undefined, topic: "ok-topic" });
    expect(parseSearchParams({ from: "2026-02-30" }).from).toBeUndefined();
    expect(parseSearchParams({ from: "2026-05-10", to: "2026-05-01" })).toMatchObject({
      from: "2026-05-01",
      to: "2026-05-10",
      rangeSwapped: true,
    });
    expect(parseSearchParams({ from: "2026-05-01", to: "2026-05-10" }).rangeSwapped).toBe(false);
  });

  it("accepts two-letter countries only", () => {
    expect(parsePublishersParams({ country: "gb" }).country).toBe("GB");
    expect(parsePublishersParams({ country: "GBR" }).country).toBeUndefined();
  });

  it("accepts our slugs only", () => {
    expect(parseSlug("the-daily-1")).toBe("the-daily-1");
    expect(parseSlug("%E2%9C%93%20%27%22")).toBeUndefined();
    expect(parseSlug("%E0%A4%A")).toBeUndefined();
    expect(parseSlug("UPPER")).toBeUndefined();
  });
});
