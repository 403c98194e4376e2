CREATE TABLE "reading_daily_titles" (
	"day" date NOT NULL,
	"publisher_id" integer NOT NULL,
	"audience" text NOT NULL,
	"reads" integer NOT NULL,
	"seconds" bigint NOT NULL,
	CONSTRAINT "reading_daily_titles_day_publisher_id_audience_pk" PRIMARY KEY("day","publisher_id","audience")
);
--> statement-breakpoint
CREATE TABLE "reading_daily_topics" (
	"day" date NOT NULL,
	"topic_id" integer NOT NULL,
	"audience" text NOT NULL,
	"reads" integer NOT NULL,
	"seconds" bigint NOT NULL,
	CONSTRAINT "reading_daily_topics_day_topic_id_audience_pk" PRIMARY KEY("day","topic_id","audience")
);
--> statement-breakpoint
ALTER TABLE "reading_daily_titles" ADD CONSTRAINT "reading_daily_titles_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_daily_topics" ADD CONSTRAINT "reading_daily_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Days already rolled up into reading_daily get their narrower rows at once (the job only re-rolls from its mark).
INSERT INTO "reading_daily_topics" ("day", "topic_id", "audience", "reads", "seconds")
  SELECT "day", "topic_id", "audience", sum("reads")::int, sum("seconds") FROM "reading_daily" GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "reading_daily_titles" ("day", "publisher_id", "audience", "reads", "seconds")
  SELECT "day", "publisher_id", "audience", sum("reads")::int, sum("seconds") FROM "reading_daily" GROUP BY 1, 2, 3;
