import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { articles, users } from "./schema";

// A reader's own reading (lib/reading): saved stories, history, and the views reading time is counted on.
// Every row belongs to one user and goes with the account (ON DELETE CASCADE); `reads`, the payout ledger,
// lives in schema.ts and is kept without the person.

const readerId = () =>
  text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });
const storyId = () =>
  bigint("article_id", { mode: "number" })
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" });

/** "Save for later": one row per reader and story. */
export const savedArticles = pgTable(
  "saved_articles",
  {
    userId: readerId(),
    articleId: storyId(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.articleId] }),
    index("saved_articles_user_saved_idx").on(t.userId, t.savedAt.desc()),
  ],
);

/**
 * What a reader opened, newest first: one row per story, moved to the top each time it is opened.
 * `position` is where the top of the window was, as a fraction of the article (0..1), when they last left it.
 * The reader removes rows freely; nothing is paid from here (see `reads`).
 */
export const readingHistory = pgTable(
  "reading_history",
  {
    userId: readerId(),
    articleId: storyId(),
    lastReadAt: timestamp("last_read_at", { withTimezone: true }).notNull().defaultNow(),
    position: real("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.articleId] }),
    index("reading_history_user_read_idx").on(t.userId, t.lastReadAt.desc()),
  ],
);

/** A reader's reading preferences; no row means the defaults (history on). */
export const readingSettings = pgTable("reading_settings", {
  userId: readerId().primaryKey(),
  historyPaused: boolean("history_paused").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One article view that reading time may be counted on, keyed by the id inside its signed view token
 * (lib/reading/view-token.ts). `seconds` is what this view has been credited so far: a beacon claims a running
 * total, and only the part above this is new, so a replayed beacon adds nothing. Rows outlive their token's
 * validity only until the `read-views-purge` job removes them.
 */
export const readViews = pgTable(
  "read_views",
  {
    id: text("id").primaryKey(),
    userId: readerId(),
    articleId: storyId(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    seconds: integer("seconds").notNull().default(0),
  },
  (t) => [index("read_views_issued_idx").on(t.issuedAt)],
);

/**
 * Per reader, the moment up to which reading time has been credited. A person reads one thing at a time, so
 * seconds credited now must fit between this and the server's clock: two tabs (or a script holding many view
 * tokens) claiming the same minute get it once.
 */
export const readClocks = pgTable("read_clocks", {
  userId: readerId().primaryKey(),
  creditedUntil: timestamp("credited_until", { withTimezone: true }).notNull(),
});

export type SavedArticle = typeof savedArticles.$inferSelect;
export type ReadingHistoryRow = typeof readingHistory.$inferSelect;
