CREATE TABLE "content_list_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "content_list_version_one_row" CHECK ("content_list_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "reader_list_versions" (
	"user_id" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "content_list_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- A reader's own lists (For You, Continue reading: lib/personal/home-parts.ts) are kept in memory under the two
-- versions read just before they were loaded. Each version is bumped in the transaction that writes what the
-- lists read, so it becomes visible with the write: a list kept under the versions a reader now reads is exact.
--
-- The reader's own rows (follows and mutes, profile, history): their row, at once.
CREATE FUNCTION reader_lists_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reader_list_versions AS v (user_id, version)
    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END, 1)
    ON CONFLICT (user_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- What every list shows (stories, titles, topics, authors) changed, or was deleted: the one shared row, once per
-- transaction and at its commit (a constraint trigger, deferred), so that two writers never hold its lock while
-- they go on writing (no deadlock between an editor and the feeds) and a bulk write bumps it once. A new story
-- is no change to what lists show: it reaches them when their entry expires (home-parts.ts).
CREATE FUNCTION content_lists_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('newsstand.content_lists_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE content_list_version SET version = version + 1;
    PERFORM set_config('newsstand.content_lists_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- TRUNCATE has no rows (and no constraint trigger): everyone's lists start again.
CREATE FUNCTION all_lists_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE content_list_version SET version = version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['reader_follows', 'reader_profiles', 'reading_history']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
      'FOR EACH ROW EXECUTE FUNCTION reader_lists_changed()', source || '_lists', source);
  END LOOP;
  FOREACH source IN ARRAY ARRAY['articles', 'article_authors', 'authors', 'publishers', 'topics']
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
      'FOR EACH ROW EXECUTE FUNCTION content_lists_changed()', source || '_lists', source);
  END LOOP;
  FOREACH source IN ARRAY ARRAY['reader_follows', 'reader_profiles', 'reading_history', 'articles',
    'article_authors', 'authors', 'publishers', 'topics']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION all_lists_truncated()', source || '_lists_truncated', source);
  END LOOP;
END
$$;
