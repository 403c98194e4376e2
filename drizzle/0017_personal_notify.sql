-- A reader's own lists (For You, Continue reading, which cards their muted authors wrote: lib/personal,
-- lib/reading) are read from their follows and mutes, topic choice and history, and from the articles, titles,
-- topics and authors those name. Where the database runs inside the server's process (PGlite) they are kept
-- (lib/db/kept-until-write.ts), and this tells them to forget: every write to those tables, by any code path,
-- notifies on commit.
CREATE FUNCTION personal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('personal', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['reader_follows', 'reader_profiles', 'reading_history', 'articles',
    'article_authors', 'authors', 'publishers', 'topics']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION personal_changed()', source || '_personal', source);
  END LOOP;
  -- The member gate's kept facts (drizzle/0016) carry the reader's saved stories and follows too.
  FOREACH source IN ARRAY ARRAY['saved_articles', 'reader_follows']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION member_gate_changed()', source || '_member_gate', source);
  END LOOP;
END
$$;
