import { z } from "zod";
import { settings } from "../config/settings";

// The membership plans, in one place. Forms send a plan key, never a price id.

export const PLAN_KEYS = ["monthly", "annual"] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];
export const planKeySchema = z.enum(PLAN_KEYS);

export interface Plan {
  key: PlanKey;
  name: string;
  interval: "month" | "year";
  amountMinor: number;
  currency: string;
  /** Stripe lookup key; carries currency and amount so a price change makes a new price, never edits one. */
  lookupKey: string;
}

const currency = settings.BILLING_CURRENCY.toLowerCase();

function makePlan(key: PlanKey, name: string, interval: Plan["interval"], amountMinor: number): Plan {
  return {
    key,
    name,
    interval,
    amountMinor,
    currency,
    lookupKey: `newsstand_${key}_${currency}_${amountMinor}`,
  };
}

export const plans: Record<PlanKey, Plan> = {
  monthly: makePlan("monthly", "Monthly", "month", settings.PRICE_MONTHLY_MINOR),
  annual: makePlan("annual", "Annual", "year", settings.PRICE_ANNUAL_MINOR),
};

export const PRODUCT_NAME = "Newsstand membership";
export const TRIAL_DAYS = settings.TRIAL_DAYS;

/** The plan a Stripe lookup key belongs to, if it is one of ours (any currency or amount). */
export function planForLookupKey(lookupKey: string | null | undefined): PlanKey | undefined {
  const match = /^newsstand_(monthly|annual)_/.exec(lookupKey ?? "");
  return match ? planKeySchema.parse(match[1]) : undefined;
}

export function formatMoney(amountMinor: number, currencyCode: string = currency): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(
    amountMinor / 100,
  );
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** "£9.99 a month" / "£99.99 a year". */
export function describePrice(plan: Plan): string {
  return `${formatMoney(plan.amountMinor, plan.currency)} a ${plan.interval}`;
}

/** Months of the monthly price that the annual plan saves, rounded (about two). */
export function annualSavingMonths(): number {
  return Math.round((plans.monthly.amountMinor * 12 - plans.annual.amountMinor) / plans.monthly.amountMinor);
}

/** "8 December": the year only when it isn't this year's. */
export function formatDay(date: Date, now: Date = new Date()): string {
  if (date.getUTCFullYear() !== now.getUTCFullYear()) return formatDate(date);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(date);
}

/** The trial terms in plain words, with the real date: "Free until 8 December, then £9.99 a month. …". */
export function describeTrialTerms(plan: Plan, now: Date = new Date()): string {
  const end = new Date(now.getTime() + TRIAL_DAYS * 86_400_000);
  return `Free until ${formatDay(end, now)}, then ${describePrice(plan)}. Cancel before then and you pay nothing.`;
}
