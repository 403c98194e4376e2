import { describe, expect, it } from "vitest";
import {
  annualSavingMonths,
  describeTrialTerms,
  formatDay,
  planForLookupKey,
  planKeySchema,
  plans,
} from "./plans";
import { safeReturnTo } from "./return-to";

describe("plans", () => {
  it("states the trial terms with the real end date and price", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    expect(describeTrialTerms(plans.monthly, now)).toBe(
      "Free until 8 December, then £9.99 a month. Cancel before then and you pay nothing.",
    );
    expect(describeTrialTerms(plans.annual, new Date("2026-12-25T10:00:00Z"))).toBe(
      "Free until 8 January 2027, then £99.99 a year. Cancel before then and you pay nothing.",
    );
    expect(formatDay(new Date("2026-03-01T00:00:00Z"), now)).toBe("1 March");
  });

  it("makes annual about two months cheaper and keys prices by currency and amount", () => {
    expect(annualSavingMonths()).toBe(2);
    expect(plans.monthly.lookupKey).toBe("newsstand_monthly_gbp_999");
    expect(planForLookupKey("newsstand_annual_eur_12000")).toBe("annual");
    expect(planForLookupKey("someone_elses_price")).toBeUndefined();
  });

  it("accepts plan keys only, never price ids", () => {
    expect(planKeySchema.safeParse("monthly").success).toBe(true);
    expect(planKeySchema.safeParse("price_123").success).toBe(false);
    expect(planKeySchema.safeParse("Monthly").success).toBe(false);
  });
});

describe("safeReturnTo", () => {
  it("keeps paths on this site and refuses the rest", () => {
    expect(safeReturnTo("/articles/a-story?x=1")).toBe("/articles/a-story?x=1");
    expect(safeReturnTo("https://evil.test/")).toBe("/");
    expect(safeReturnTo("//evil.test")).toBe("/");
    expect(safeReturnTo("/checkout/success?session_id=x")).toBe("/");
    expect(safeReturnTo(undefined)).toBe("/");
  });
});
