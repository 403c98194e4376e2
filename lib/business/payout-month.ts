import { z } from "zod";

// A payout month: named YYYY-MM, the UTC calendar month [start, end). Parsing never throws: bad input has a message.

export interface PayoutMonth {
  key: string; // YYYY-MM
  start: Date;
  end: Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const monthKeySchema = z
  .string({ message: "Give a month like 2026-03." })
  .trim()
  .regex(MONTH, "Give a month like 2026-03 (year, then month 01–12).");

export function monthOf(year: number, monthIndex: number): PayoutMonth {
  const start = new Date(Date.UTC(year, monthIndex, 1));
  const end = new Date(Date.UTC(year, monthIndex + 1, 1));
  return { key: start.toISOString().slice(0, 7), start, end };
}

/** The month `at` falls in (UTC). */
export function monthContaining(at: Date): PayoutMonth {
  return monthOf(at.getUTCFullYear(), at.getUTCMonth());
}

/** The month `count` months after `month` (before, when negative). */
export function monthsAfter(month: PayoutMonth, count: number): PayoutMonth {
  return monthOf(month.start.getUTCFullYear(), month.start.getUTCMonth() + count);
}

/** A month from its key (YYYY-MM) or from a `date` column's first day (YYYY-MM-DD). */
export function monthFromKey(key: string): PayoutMonth {
  return monthOf(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1);
}

/** `?month=` as asked: the month, or a message saying what is wrong with it. */
export function parseMonth(
  value: unknown,
): { ok: true; month: PayoutMonth } | { ok: false; message: string } {
  const parsed = monthKeySchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Bad month." };
  return { ok: true, month: monthFromKey(parsed.data) };
}

/** "November 2026". */
export function monthName(month: PayoutMonth): string {
  return month.start.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}
