ALTER TABLE "articles" drop column "search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english', coalesce(teaser_html, '')), 'C')) STORED NOT NULL;--> statement-breakpoint
-- Dropping the column dropped its index; drizzle-kit does not know that.
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");