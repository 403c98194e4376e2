CREATE TABLE "briefing_sends" (
	"user_id" text NOT NULL,
	"local_date" date NOT NULL,
	"mail_id" integer,
	"story_count" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "briefing_sends_user_id_local_date_pk" PRIMARY KEY("user_id","local_date")
);
--> statement-breakpoint
CREATE TABLE "briefing_subscriptions" (
	"user_id" text PRIMARY KEY NOT NULL,
	"send_hour" smallint NOT NULL,
	"time_zone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trial_reminders" (
	"stripe_subscription_id" text NOT NULL,
	"trial_end" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trial_reminders_stripe_subscription_id_trial_end_pk" PRIMARY KEY("stripe_subscription_id","trial_end")
);
--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "briefing_sends" ADD CONSTRAINT "briefing_sends_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_subscriptions" ADD CONSTRAINT "briefing_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;