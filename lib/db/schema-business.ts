import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { memberships, users } from "./schema";

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
  ],
);

export type MembershipHistoryRow = typeof membershipHistory.$inferSelect;
export type NewMembershipHistoryRow = typeof membershipHistory.$inferInsert;
