import type { PayoutStatement } from "./payouts";

// The payouts CSV (/admin/payouts.csv): one row per title, the columns below in this order, never renamed or
// reordered (README "Publisher payouts" documents them). RFC 4180: CRLF lines, a field with a comma, quote or
// line break quoted, quotes doubled.

export const PAYOUT_CSV_COLUMNS = [
  "month",
  "status",
  "currency",
  "publisher_id",
  "publisher_slug",
  "publisher_name",
  "member_seconds",
  "share",
  "payout_minor",
  "pool_minor",
  "net_revenue_minor",
  "pool_percent",
] as const;

/** One field: quoted when it must be; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function payoutCsv(statement: PayoutStatement): string {
  const status = statement.closed ? "closed" : "open";
  const rows = statement.lines.map((line) =>
    [
      statement.month.key,
      status,
      statement.currency,
      line.publisherId,
      line.slug,
      line.name,
      line.seconds,
      line.share.toFixed(6),
      line.payoutMinor,
      statement.poolMinor,
      statement.netRevenueMinor,
      statement.poolPercent,
    ].map(csvField),
  );
  return [PAYOUT_CSV_COLUMNS.join(","), ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n";
}

export const payoutCsvFilename = (statement: PayoutStatement) =>
  `newsstand-payouts-${statement.month.key}.csv`;
