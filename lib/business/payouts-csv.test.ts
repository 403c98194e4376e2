import { describe, expect, it } from "vitest";
import { monthFromKey } from "./payout-month";
import type { PayoutStatement } from "./payouts";
import { csvField, payoutCsv, payoutCsvFilename } from "./payouts-csv";

// The CSV's columns are a contract: this pins their order and the quoting of awkward title names.

const statement: PayoutStatement = {
  month: monthFromKey("2026-03"),
  closed: { at: new Date("2026-04-02T09:00:00Z"), by: null },
  currency: "gbp",
  poolPercent: 50,
  netRevenueMinor: 2_003,
  lateRevenueMinor: 0,
  poolMinor: 1_001,
  totalSeconds: 900,
  lines: [
    {
      publisherId: 7,
      slug: "courier",
      name: 'Courier, "North"',
      seconds: 600,
      lateSeconds: 0,
      share: 2 / 3,
      payoutMinor: 667,
    },
    {
      publisherId: 3,
      slug: "sum",
      name: "=SUM(A1)",
      seconds: 300,
      lateSeconds: 0,
      share: 1 / 3,
      payoutMinor: 334,
    },
  ],
  closable: { ok: false, reason: "closed" },
};

describe("payoutCsv", () => {
  it("writes the documented columns, one CRLF row per title, quoting what must be quoted", () => {
    expect(payoutCsv(statement).split("\r\n")).toEqual([
      "month,status,currency,publisher_id,publisher_slug,publisher_name,member_seconds,share,payout_minor,pool_minor,net_revenue_minor,pool_percent",
      '2026-03,closed,gbp,7,courier,"Courier, ""North""",600,0.666667,667,1001,2003,50',
      "2026-03,closed,gbp,3,sum,'=SUM(A1),300,0.333333,334,1001,2003,50",
      "",
    ]);
    expect(payoutCsvFilename(statement)).toBe("newsstand-payouts-2026-03.csv");
  });

  it("quotes line breaks and leaves plain text alone", () => {
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("The Ledger")).toBe("The Ledger");
    expect(csvField(-5)).toBe("-5"); // numbers are never taken for formulas
  });
});
