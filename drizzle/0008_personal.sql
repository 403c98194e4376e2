CREATE TYPE "public"."follow_kind" AS ENUM('publisher', 'topic', 'author');--> statement-breakpoint
CREATE TABLE "reader_follows" (
	"user_id" text NOT NULL,
	"kind" "follow_kind" NOT NULL,
	"target_id" integer NOT NULL,
	"muted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reader_follows_user_id_kind_target_id_pk" PRIMARY KEY("user_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "reader_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"personalised_since" timestamp with time zone,
	"topics_chosen_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reader_follows" ADD CONSTRAINT "reader_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reader_profiles" ADD CONSTRAINT "reader_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reader_follows_target_idx" ON "reader_follows" USING btree ("kind","target_id") WHERE not "reader_follows"."muted";