import { z } from "zod";

// The period a dashboard shows: [from, to) in UTC days, cut into day, ISO-week (Monday) or month buckets.

export const GRANULARITIES = ["day", "week", "month"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  from: Date;
  to: Date;
  granularity: Granularity;
}

export interface Bucket {
  key: string; // its first day, YYYY-MM-DD
  start: Date;
  end: Date;
}

export const DAY = 86_400_000;
/** At most this many buckets: a chart and its table stay readable, and the queries stay small. */
export const MAX_BUCKETS = 400;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-01.");

export const periodSchema = z
  .object({
    from: isoDay,
    to: isoDay,
    granularity: z.enum(GRANULARITIES, { message: "Pick day, week or month." }),
  })
  .transform((p, ctx) => {
    const from = new Date(`${p.from}T00:00:00Z`);
    const to = new Date(new Date(`${p.to}T00:00:00Z`).getTime() + DAY); // the last day is included
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) {
      ctx.addIssue({ code: "custom", message: "The period must end on or after the day it starts." });
      return z.NEVER;
    }
    const period = { from, to, granularity: p.granularity };
    if (bucketsOf(period).length > MAX_BUCKETS) {
      ctx.addIssue({
        code: "custom",
        message: `That is more than ${MAX_BUCKETS} ${p.granularity}s: pick a coarser step.`,
      });
      return z.NEVER;
    }
    return period;
  });

export const dayKey = (d: Date) => d.toISOString().slice(0, 10);

function startOf(d: Date, granularity: Granularity): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (granularity === "day") return day;
  if (granularity === "week") return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function next(d: Date, granularity: Granularity): Date {
  if (granularity === "day") return new Date(d.getTime() + DAY);
  if (granularity === "week") return new Date(d.getTime() + 7 * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** The buckets that meet [from, to); the first and last are cut to the period. */
export function bucketsOf({ from, to, granularity }: Period): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = startOf(from, granularity); start < to; start = next(start, granularity)) {
    const end = next(start, granularity);
    buckets.push({
      key: dayKey(start),
      start: start < from ? from : start,
      end: end > to ? to : end,
    });
    if (buckets.length > MAX_BUCKETS) break;
  }
  return buckets;
}
