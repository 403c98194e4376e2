import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { users } from "./schema";

// A reader's own newsstand (lib/personal): what they follow and mute, and their For You settings.
// Every row belongs to one user and goes with the account (on delete cascade).

export const followKind = pgEnum("follow_kind", ["publisher", "topic", "author"]);

/**
 * One row per reader and title, topic or author they chose: a follow (muted = false) or a mute (true), never
 * both — muting a followed title turns the follow into a mute. `target_id` is publishers.id, topics.id or
 * authors.id by `kind`: those are paused, never deleted, so no foreign key per kind; a row whose target is gone
 * is simply never joined.
 */
export const readerFollows = pgTable(
  "reader_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: followKind("kind").notNull(),
    targetId: integer("target_id").notNull(),
    muted: boolean("muted").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind, t.targetId] }),
    // "Who follows this title" (the briefing, counts): the primary key serves "what does this reader follow".
    index("reader_follows_target_idx")
      .on(t.kind, t.targetId)
      .where(sql`not ${t.muted}`),
  ],
);

/** A reader's For You settings; no row means the defaults. */
export const readerProfiles = pgTable("reader_profiles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** "Reset my personalisation": reading history before this no longer shapes For You. */
  personalisedSince: timestamp("personalised_since", { withTimezone: true }),
  /** When the reader chose (or skipped) topics after sign-up; null: offer the choice. */
  topicsChosenAt: timestamp("topics_chosen_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Versions of what a reader's own lists (For You, Continue reading) are read from, bumped by triggers
 * (drizzle/0018_list_versions.sql) in the writing transaction, so a list kept under the versions read before
 * it was loaded is exact while they stand (lib/personal/home-parts.ts). One row per reader who ever wrote to
 * their follows, profile or history. No foreign key: a deleted account's cascade fires the very triggers that
 * write here, and a row without its user is never read.
 */
export const readerListVersions = pgTable("reader_list_versions", {
  userId: text("user_id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

/** The one row bumped on a change to stories, titles, topics or authors that lists already show (0018). */
export const contentListVersion = pgTable(
  "content_list_version",
  {
    id: smallint("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("content_list_version_one_row", sql`${t.id} = 1`)],
);

export type FollowKind = (typeof followKind.enumValues)[number];
export type ReaderFollow = typeof readerFollows.$inferSelect;
export type ReaderProfile = typeof readerProfiles.$inferSelect;
