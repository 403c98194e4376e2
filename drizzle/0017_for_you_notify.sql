-- A reader's For You (lib/personal/for-you.ts) is ranked from their follows and mutes, topic choice and
-- history, and from the articles, titles, topics and authors it names. Where the database runs inside the
-- server's process (PGlite) the ranked list is kept, and this tells it to forget: every write to those
-- tables, by any code path, notifies on commit.
CREATE FUNCTION for_you_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('for_you', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  ranked_from text;
BEGIN
  FOREACH ranked_from IN ARRAY ARRAY['reader_follows', 'reader_profiles', 'reading_history', 'articles',
    'article_authors', 'authors', 'publishers', 'topics']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION for_you_changed()', ranked_from || '_for_you', ranked_from);
  END LOOP;
END
$$;
