import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { memberships, publishers, users } from "./schema";

// The business side (lib/business): membership history for the analytics, reading roll-ups and payouts.

/**
 * Every observed change of a membership, with its time (README "Membership analytics"). Written by the
 * Stripe sync in the same transaction as the membership upsert; kept when the account goes (set null).
 * Each row is the state from `occurred_at` until `valid_until` (the next row's time; null: still so).
 */
export const membershipHistory = pgTable(
  "membership_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    membershipId: integer("membership_id").references(() => memberships.id, { onDelete: "set null" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    validUntil: timestamp("valid_until", { withTimezone: true }),
    status: text("status").notNull(), // Stripe's
    // Ours (lib/business/member-state.ts): trialing, active, past_due, canceling, ended, or none (never began).
    state: text("state").notNull(),
    prevState: text("prev_state"),
    prevStatus: text("prev_status"),
    plan: text("plan").notNull(),
    currency: text("currency").notNull(),
    amountMinor: integer("amount_minor").notNull(), // the price × quantity, per billing interval
    interval: text("interval").notNull(), // day, week, month, year
    intervalCount: integer("interval_count").notNull().default(1),
    // What this state adds to MRR: the price per month while active or past due, else 0.
    mrrMinor: doublePrecision("mrr_minor").notNull(),
    prevMrrMinor: doublePrecision("prev_mrr_minor").notNull().default(0),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull(),
    // Stripe's cancellation_details.reason once ended: cancellation_requested, payment_failed, payment_disputed.
    endedReason: text("ended_reason"),
    source: text("source").$type<"sync" | "backfill">().notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("membership_history_subscription_idx").on(t.stripeSubscriptionId, t.occurredAt.desc(), t.id.desc()),
    index("membership_history_occurred_idx").on(t.occurredAt),
    index("membership_history_open_idx")
      .on(t.state)
      .where(sql`${t.validUntil} is null`),
    index("membership_history_user_idx").on(t.userId, t.occurredAt),
    // The analytics' probes (lib/db/queries/membership-figures.ts): trials started, and paid memberships ended.
    index("membership_history_trials_idx")
      .on(t.occurredAt)
      .where(sql`${t.prevState} is null and ${t.status} = 'trialing'`),
    index("membership_history_churn_idx")
      .on(t.userId, t.occurredAt)
      .where(sql`${t.state} = 'ended' and ${t.prevStatus} in ('active', 'past_due', 'unpaid')`),
  ],
);

/** Membership payments (paid invoices), recorded by the sync from the subscription's latest invoice. */
export const membershipPayments = pgTable(
  "membership_payments",
  {
    stripeInvoiceId: text("stripe_invoice_id").primaryKey(),
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    currency: text("currency").notNull(),
    // What the member paid, less tax: the revenue payouts share, less refunds (membership_refunds).
    netMinor: integer("net_minor").notNull(),
    paidAt: timestamp("paid_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("membership_payments_paid_idx").on(t.paidAt)],
);

/**
 * Refunds of membership payments, recorded by the sync from Stripe's refunds of an invoice's charge (README
 * "Publisher payouts"): a refund counts against net revenue in the month it was made, once (its id is the key).
 */
export const membershipRefunds = pgTable(
  "membership_refunds",
  {
    stripeRefundId: text("stripe_refund_id").primaryKey(),
    stripeChargeId: text("stripe_charge_id").notNull(),
    stripeInvoiceId: text("stripe_invoice_id").notNull(),
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    currency: text("currency").notNull(),
    amountMinor: integer("amount_minor").notNull(), // what went back to the member, tax included
    // Stripe's: pending and succeeded count; failed and canceled do not (the money stayed).
    status: text("status").notNull(),
    refundedAt: timestamp("refunded_at", { withTimezone: true }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("membership_refunds_refunded_idx").on(t.refundedAt)],
);

/** How far each roll-up has got: whole days before `rolled_until` are in its table. */
export const rollupMarks = pgTable("rollup_marks", {
  name: text("name").primaryKey(),
  rolledUntil: date("rolled_until", { mode: "string" }).notNull(),
  rolledAt: timestamp("rolled_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A closed payout month: its pool and totals, frozen (README "Publisher payouts"). */
export const payoutMonths = pgTable("payout_months", {
  month: date("month", { mode: "string" }).primaryKey(), // its first day
  currency: text("currency").notNull(),
  poolPercent: doublePrecision("pool_percent").notNull(),
  netRevenueMinor: bigint("net_revenue_minor", { mode: "number" }).notNull(),
  poolMinor: bigint("pool_minor", { mode: "number" }).notNull(),
  totalSeconds: bigint("total_seconds", { mode: "number" }).notNull(),
  closedBy: text("closed_by").references(() => users.id, { onDelete: "set null" }),
  closedAt: timestamp("closed_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Each title's line of a closed month, as it was at the close (name included). */
export const payoutLines = pgTable(
  "payout_lines",
  {
    month: date("month", { mode: "string" })
      .notNull()
      .references(() => payoutMonths.month, { onDelete: "cascade" }),
    publisherId: integer("publisher_id")
      .notNull()
      .references(() => publishers.id),
    publisherSlug: text("publisher_slug").notNull(),
    publisherName: text("publisher_name").notNull(),
    seconds: bigint("seconds", { mode: "number" }).notNull(),
    share: doublePrecision("share").notNull(),
    payoutMinor: bigint("payout_minor", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.publisherId] })],
);

/** Each reconciliation with Stripe: what it compared and every difference it found. */
export const reconciliationRuns = pgTable(
  "reconciliation_runs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    checked: integer("checked").notNull().default(0),
    drift: jsonb("drift").$type<unknown[]>().notNull().default([]),
    error: text("error"),
  },
  (t) => [index("reconciliation_runs_started_idx").on(t.startedAt.desc())],
);

export type MembershipHistoryRow = typeof membershipHistory.$inferSelect;
export type NewMembershipHistoryRow = typeof membershipHistory.$inferInsert;
