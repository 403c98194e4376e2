import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { articles, publishers } from "./schema";

// Publisher feeds (lib/feeds): each title's feed URL is publishers.feed_url; how polling it goes lives here.

/** Polling state of one title's feed: conditional-GET validators, schedule, failures and the last error. */
export const feedStates = pgTable(
  "feed_states",
  {
    publisherId: integer("publisher_id")
      .primaryKey()
      .references(() => publishers.id, { onDelete: "cascade" }),
    etag: text("etag"),
    lastModified: text("last_modified"),
    /** The topic an item gets when none of its categories matches a rule (lib/feeds/topic-rules.ts). */
    defaultTopicSlug: text("default_topic_slug"),
    nextPollAt: timestamp("next_poll_at", { withTimezone: true }).notNull().defaultNow(),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    lastError: text("last_error"),
    /** Set after repeated failures: no more polls until someone resumes it (`npm run feeds -- poll --title`). */
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    lastItemCount: integer("last_item_count").notNull().default(0),
    articlesAdded: integer("articles_added").notNull().default(0),
    articlesUpdated: integer("articles_updated").notNull().default(0),
  },
  (t) => [index("feed_states_next_poll_idx").on(t.nextPollAt)],
);

/** The earlier text of an article a feed updated; the article keeps its id, slug and publish time. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: bigint("article_id", { mode: "number" })
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    headline: text("headline").notNull(),
    standfirst: text("standfirst").notNull(),
    bodyHtml: text("body_html").notNull(),
    revisedAt: timestamp("revised_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.revisedAt)],
);

export type FeedState = typeof feedStates.$inferSelect;
