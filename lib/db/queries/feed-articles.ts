import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { rowsOf } from "../open";
import { articleRevisions, articles } from "../schema";

// Articles from feeds, keyed per title by articles.source_guid (the item's identity, lib/feeds/clean-item.ts).
// A new key inserts; a known key whose text changed keeps the old text in article_revisions and updates in
// place (same id, slug and publish time); the same text again is left alone.

/** What a feed item says, cleaned (lib/feeds/clean-item.ts builds it). */
export interface FeedArticleText {
  /** Identity within the title: GUID, else URL, else date + title. */
  key: string;
  headline: string;
  standfirst: string;
  teaserHtml: string;
  bodyHtml: string;
  wordCount: number;
  readingMinutes: number;
  canonicalUrl: string | null;
  publishedAt: Date;
  /** The feed gave an excerpt only. */
  partial: boolean;
}

/** The text with where it goes and its stored picture. */
export interface FeedArticle extends FeedArticleText {
  slug: string;
  topicId: number;
  heroImageUrl: string | null;
  heroImageWidth: number | null;
  heroImageHeight: number | null;
  heroImageCaption: string;
  heroImageAlt: string;
}

export interface StoreResult {
  added: number[];
  updated: number[];
  unchanged: number;
}

const BATCH = 500;

// Each statement takes its whole batch as one JSON parameter (jsonb_to_recordset) instead of a parameter per
// field: Drizzle's builder spent about a millisecond an item on 500-row inserts (ingest bench profile), and
// one parameter is the same on postgres.js and PGlite.
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** The fields an update rewrites, as jsonb_to_recordset reads them from the JSON's keys; the insert reads them too. */
const TEXT_FIELDS = sql.raw(
  `headline text, standfirst text, "teaserHtml" text, "bodyHtml" text, "wordCount" int, "readingMinutes" int,
   "canonicalUrl" text, partial boolean`,
);

interface StoredText {
  id: number;
  key: string;
  headline: string;
  standfirst: string;
  body_html: string;
}

const isUnchanged = (old: StoredText, item: FeedArticle) =>
  old.headline === item.headline && old.standfirst === item.standfirst && old.body_html === item.bodyHtml;

export async function storeFeedArticles(publisherId: number, items: FeedArticle[]): Promise<StoreResult> {
  const db = await getDb();
  const result: StoreResult = { added: [], updated: [], unchanged: 0 };
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const existing = rowsOf<StoredText>(
      await db.execute(sql`
        SELECT id, source_guid AS key, headline, standfirst, body_html FROM articles
         WHERE publisher_id = ${publisherId}
           AND source_guid IN (SELECT jsonb_array_elements_text(${json(batch.map((item) => item.key))}))`),
    );
    const byKey = new Map(existing.map((row) => [row.key, { ...row, id: Number(row.id) }]));
    const fresh = batch.filter((item) => !byKey.has(item.key));
    if (fresh.length > 0) result.added.push(...(await insertFresh(db, publisherId, fresh)));
    const changed: (FeedArticle & { id: number })[] = [];
    for (const item of batch) {
      const old = byKey.get(item.key);
      if (!old) continue;
      if (isUnchanged(old, item)) result.unchanged++;
      else changed.push({ ...item, id: old.id });
    }
    if (changed.length > 0) result.updated.push(...(await updateChanged(db, changed)));
  }
  return result;
}

async function insertFresh(db: Database, publisherId: number, fresh: FeedArticle[]): Promise<number[]> {
  const inserted = rowsOf<{ id: number }>(
    await db.execute(sql`
      INSERT INTO articles (publisher_id, source_guid, source_partial, status, slug, topic_id, headline, standfirst,
                            teaser_html, body_html, word_count, reading_minutes, canonical_url, published_at,
                            hero_image_url, hero_image_width, hero_image_height, hero_image_caption, hero_image_alt)
      SELECT ${publisherId}, key, partial, 'published', slug, "topicId", headline, standfirst, "teaserHtml",
             "bodyHtml", "wordCount", "readingMinutes", "canonicalUrl", "publishedAt", "heroImageUrl",
             "heroImageWidth", "heroImageHeight", "heroImageCaption", "heroImageAlt"
        FROM jsonb_to_recordset(${json(fresh)}) AS x(key text, ${TEXT_FIELDS}, "publishedAt" timestamptz,
             slug text, "topicId" int, "heroImageUrl" text, "heroImageWidth" int, "heroImageHeight" int,
             "heroImageCaption" text, "heroImageAlt" text)
      ON CONFLICT DO NOTHING -- a poll running beside this one stored it first
      RETURNING id`),
  );
  return inserted.map((row) => Number(row.id));
}

/** Keeps each changed article's old text as a revision and writes the new one, all in one transaction. */
async function updateChanged(db: Database, changed: (FeedArticle & { id: number })[]): Promise<number[]> {
  const ids = changed.map((item) => item.id);
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      INSERT INTO article_revisions (article_id, headline, standfirst, body_html)
      SELECT id, headline, standfirst, body_html FROM articles
       WHERE id IN (SELECT (jsonb_array_elements_text(${json(ids)}))::bigint)`);
    await tx.execute(sql`
      UPDATE articles a SET headline = x.headline, standfirst = x.standfirst, teaser_html = x."teaserHtml",
             body_html = x."bodyHtml", word_count = x."wordCount", reading_minutes = x."readingMinutes",
             canonical_url = x."canonicalUrl", source_partial = x.partial, updated_at = now()
        FROM jsonb_to_recordset(${json(changed)}) AS x(id bigint, ${TEXT_FIELDS})
       WHERE a.id = x.id`);
  });
  return ids;
}

export async function listArticleRevisions(articleId: number) {
  const db = await getDb();
  return db.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId));
}

/** A title's articles with what ingestion wrote, newest first (tests and the feeds CLI). */
export async function listTitleArticles(publisherId: number) {
  const db = await getDb();
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      key: articles.sourceGuid,
      headline: articles.headline,
      standfirst: articles.standfirst,
      teaserHtml: articles.teaserHtml,
      bodyHtml: articles.bodyHtml,
      canonicalUrl: articles.canonicalUrl,
      partial: articles.sourcePartial,
      publishedAt: articles.publishedAt,
      heroImageUrl: articles.heroImageUrl,
      heroImageCaption: articles.heroImageCaption,
      topicId: articles.topicId,
    })
    .from(articles)
    .where(eq(articles.publisherId, publisherId))
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}
