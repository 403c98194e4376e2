import { date, integer, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./schema";

// What scheduled jobs (lib/jobs) remember so that a run is done once, whichever instance and however often the
// schedule fires: a row per thing done, under a key that cannot be inserted twice.

/** The trial-ending reminder, once per subscription and trial end (a trial extended gets a new one). */
export const trialReminders = pgTable(
  "trial_reminders",
  {
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    trialEnd: timestamp("trial_end", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.stripeSubscriptionId, t.trialEnd] })],
);

/** A reader's daily briefing mail (opt-in): the hour it goes out in their own time zone. */
export const briefingSubscriptions = pgTable("briefing_subscriptions", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** 0–23, in `time_zone`. */
  sendHour: smallint("send_hour").notNull(),
  /** An IANA zone name, e.g. Europe/London. */
  timeZone: text("time_zone").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One briefing per reader per local day: the row is claimed before the mail is queued, in one transaction. */
export const briefingSends = pgTable(
  "briefing_sends",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    localDate: date("local_date").notNull(),
    mailId: integer("mail_id"),
    storyCount: integer("story_count").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.localDate] })],
);

export type BriefingSubscription = typeof briefingSubscriptions.$inferSelect;
