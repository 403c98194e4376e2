import { bigint, date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { publishers, topics } from "./schema";

// Daily roll-ups of reading for the analytics (README "Reading figures"): one per key the dashboard needs,
// since day × title × topic is still millions of rows over two years at 10,000,000 reads; its by-step and
// by-topic figures need only the topic, its by-title figures only the title. Written from `reads` by the
// reading-rollup job (lib/db/queries/reading-rollup.ts), both in one transaction under one mark.

/** The columns every narrow roll-up has besides its key (fresh builders per table, as drizzle needs). */
const dayTotals = () => ({
  day: date("day", { mode: "string" }).notNull(),
  audience: text("audience").notNull(),
  reads: integer("reads").notNull(),
  seconds: bigint("seconds", { mode: "number" }).notNull(),
});

/** Reading per UTC day, topic and audience. */
export const readingDailyTopics = pgTable(
  "reading_daily_topics",
  {
    ...dayTotals(),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.day, t.topicId, t.audience] })],
);

/** Reading per UTC day, title and audience. */
export const readingDailyTitles = pgTable(
  "reading_daily_titles",
  {
    ...dayTotals(),
    publisherId: integer("publisher_id")
      .notNull()
      .references(() => publishers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.day, t.publisherId, t.audience] })],
);
