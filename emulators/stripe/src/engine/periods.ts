import type Stripe from "stripe";

export const DAY = 86_400;

// Adds whole calendar intervals in UTC, clamping the day of month like Stripe (Jan 31 + 1 month = Feb 28/29).
function addInterval(start: number, interval: Stripe.Price.Recurring.Interval, count: number): number {
  if (interval === "day") return start + count * DAY;
  if (interval === "week") return start + count * 7 * DAY;
  const date = new Date(start * 1000);
  const months = interval === "month" ? count : count * 12;
  const day = date.getUTCDate();
  const target = new Date(date);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Math.floor(target.getTime() / 1000);
}

export function periodEndFor(start: number, price: Stripe.Price): number {
  const recurring = price.recurring;
  return recurring ? addInterval(start, recurring.interval, recurring.interval_count) : start;
}

export function sameInterval(a: Stripe.Price, b: Stripe.Price): boolean {
  return (
    a.recurring?.interval === b.recurring?.interval &&
    a.recurring?.interval_count === b.recurring?.interval_count
  );
}
