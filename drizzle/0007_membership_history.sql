CREATE TABLE "membership_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "membership_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"membership_id" integer,
	"user_id" text,
	"stripe_subscription_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"status" text NOT NULL,
	"state" text NOT NULL,
	"prev_state" text,
	"prev_status" text,
	"plan" text NOT NULL,
	"currency" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"interval" text NOT NULL,
	"interval_count" integer DEFAULT 1 NOT NULL,
	"mrr_minor" double precision NOT NULL,
	"prev_mrr_minor" double precision DEFAULT 0 NOT NULL,
	"cancel_at_period_end" boolean NOT NULL,
	"ended_reason" text,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "membership_history" ADD CONSTRAINT "membership_history_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_history" ADD CONSTRAINT "membership_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_history_subscription_idx" ON "membership_history" USING btree ("stripe_subscription_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "membership_history_occurred_idx" ON "membership_history" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "membership_history_open_idx" ON "membership_history" USING btree ("state") WHERE "membership_history"."valid_until" is null;--> statement-breakpoint
CREATE INDEX "membership_history_user_idx" ON "membership_history" USING btree ("user_id","occurred_at");