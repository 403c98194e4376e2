import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
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

export async function storeFeedArticles(publisherId: number, items: FeedArticle[]): Promise<StoreResult> {
  const db = await getDb();
  const result: StoreResult = { added: [], updated: [], unchanged: 0 };
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const existing = await db
      .select({
        id: articles.id,
        key: articles.sourceGuid,
        headline: articles.headline,
        standfirst: articles.standfirst,
        bodyHtml: articles.bodyHtml,
      })
      .from(articles)
      .where(
        and(
          eq(articles.publisherId, publisherId),
          inArray(
            articles.sourceGuid,
            batch.map((item) => item.key),
          ),
        ),
      );
    const byKey = new Map(existing.map((row) => [row.key, row]));
    const fresh = batch.filter((item) => !byKey.has(item.key));
    if (fresh.length > 0) {
      const inserted = await db
        .insert(articles)
        .values(
          fresh.map(({ key, partial, ...item }) => ({
            ...item,
            publisherId,
            sourceGuid: key,
            sourcePartial: partial,
            status: "published" as const,
          })),
        )
        .onConflictDoNothing() // a poll running beside this one stored it first
        .returning({ id: articles.id });
      result.added.push(...inserted.map((row) => row.id));
    }
    for (const item of batch) {
      const old = byKey.get(item.key);
      if (!old) continue;
      if (
        old.headline === item.headline &&
        old.standfirst === item.standfirst &&
        old.bodyHtml === item.bodyHtml
      ) {
        result.unchanged++;
        continue;
      }
      await db.transaction(async (tx) => {
        await tx.insert(articleRevisions).values({
          articleId: old.id,
          headline: old.headline,
          standfirst: old.standfirst,
          bodyHtml: old.bodyHtml,
        });
        await tx
          .update(articles)
          .set({
            headline: item.headline,
            standfirst: item.standfirst,
            teaserHtml: item.teaserHtml,
            bodyHtml: item.bodyHtml,
            wordCount: item.wordCount,
            readingMinutes: item.readingMinutes,
            canonicalUrl: item.canonicalUrl,
            sourcePartial: item.partial,
            updatedAt: new Date(),
          })
          .where(eq(articles.id, old.id));
      });
      result.updated.push(old.id);
    }
  }
  return result;
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
