CREATE TABLE "membership_payments" (
	"stripe_invoice_id" text PRIMARY KEY NOT NULL,
	"stripe_subscription_id" text NOT NULL,
	"user_id" text,
	"currency" text NOT NULL,
	"net_minor" integer NOT NULL,
	"paid_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_lines" (
	"month" date NOT NULL,
	"publisher_id" integer NOT NULL,
	"publisher_slug" text NOT NULL,
	"publisher_name" text NOT NULL,
	"seconds" bigint NOT NULL,
	"share" double precision NOT NULL,
	"payout_minor" bigint NOT NULL,
	CONSTRAINT "payout_lines_month_publisher_id_pk" PRIMARY KEY("month","publisher_id")
);
--> statement-breakpoint
CREATE TABLE "payout_months" (
	"month" date PRIMARY KEY NOT NULL,
	"currency" text NOT NULL,
	"pool_percent" double precision NOT NULL,
	"net_revenue_minor" bigint NOT NULL,
	"pool_minor" bigint NOT NULL,
	"total_seconds" bigint NOT NULL,
	"closed_by" text,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reading_daily" (
	"day" date NOT NULL,
	"publisher_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"audience" text NOT NULL,
	"reads" integer NOT NULL,
	"seconds" bigint NOT NULL,
	CONSTRAINT "reading_daily_day_publisher_id_topic_id_audience_pk" PRIMARY KEY("day","publisher_id","topic_id","audience")
);
--> statement-breakpoint
CREATE TABLE "reconciliation_runs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reconciliation_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"checked" integer DEFAULT 0 NOT NULL,
	"drift" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "rollup_marks" (
	"name" text PRIMARY KEY NOT NULL,
	"rolled_until" date NOT NULL,
	"rolled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "membership_payments" ADD CONSTRAINT "membership_payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_month_payout_months_month_fk" FOREIGN KEY ("month") REFERENCES "public"."payout_months"("month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_months" ADD CONSTRAINT "payout_months_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_daily" ADD CONSTRAINT "reading_daily_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_daily" ADD CONSTRAINT "reading_daily_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_payments_paid_idx" ON "membership_payments" USING btree ("paid_at");--> statement-breakpoint
CREATE INDEX "reconciliation_runs_started_idx" ON "reconciliation_runs" USING btree ("started_at" DESC NULLS LAST);