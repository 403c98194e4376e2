import { bigint, date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { publishers, topics } from "./schema";

// Narrower daily roll-ups of reading for the analytics (README "Reading figures"): reading_daily is per day,
// title, topic and audience, which at 10,000,000 reads is still millions of rows over two years (titles ×
// topics per day); the dashboard's by-step and by-topic figures need only the topic, its by-title figures only
// the title. Written by the reading-rollup job from reading_daily in the same transaction, under the same mark.

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
