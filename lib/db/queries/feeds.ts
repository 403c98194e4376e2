import "server-only";
import { and, asc, eq, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { feedStates, publishers, topics, type FeedState } from "../schema";

// Titles' feeds (publishers.feed_url) and how polling them goes (feed_states), for lib/feeds.

export interface FeedTarget {
  publisherId: number;
  slug: string;
  name: string;
  country: string;
  feedUrl: string;
  state: FeedState | null;
}

const targetFields = {
  publisherId: publishers.id,
  slug: publishers.slug,
  name: publishers.name,
  country: publishers.country,
  feedUrl: sql<string>`${publishers.feedUrl}`,
  state: feedStates,
};

export async function findFeedTarget(by: {
  publisherId?: number;
  slug?: string;
}): Promise<FeedTarget | null> {
  const db = await getDb();
  const [row] = await db
    .select(targetFields)
    .from(publishers)
    .leftJoin(feedStates, eq(feedStates.publisherId, publishers.id))
    .where(
      and(
        isNotNull(publishers.feedUrl),
        by.publisherId !== undefined ? eq(publishers.id, by.publisherId) : undefined,
        by.slug !== undefined ? eq(publishers.slug, by.slug) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Every title with a feed, A–Z, with its polling state. */
export async function listFeedTargets(): Promise<FeedTarget[]> {
  const db = await getDb();
  return db
    .select(targetFields)
    .from(publishers)
    .leftJoin(feedStates, eq(feedStates.publisherId, publishers.id))
    .where(isNotNull(publishers.feedUrl))
    .orderBy(asc(publishers.slug));
}

/** Active titles whose feed is due (never polled, or its next poll has come) and not paused. */
export async function listDueFeedIds(limit: number): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: publishers.id })
    .from(publishers)
    .leftJoin(feedStates, eq(feedStates.publisherId, publishers.id))
    .where(
      and(
        isNotNull(publishers.feedUrl),
        eq(publishers.active, true),
        or(
          isNull(feedStates.publisherId),
          and(isNull(feedStates.pausedAt), lte(feedStates.nextPollAt, sql`now()`)),
        ),
      ),
    )
    .orderBy(asc(sql`coalesce(${feedStates.nextPollAt}, '-infinity')`))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Points a title at a feed (or the same one again) and starts its polling afresh: due now, not paused. */
export async function setTitleFeed(
  slug: string,
  feedUrl: string,
  defaultTopicSlug?: string,
): Promise<number | null> {
  const db = await getDb();
  const [publisher] = await db
    .update(publishers)
    .set({ feedUrl, updatedAt: new Date() })
    .where(eq(publishers.slug, slug))
    .returning({ id: publishers.id });
  if (!publisher) return null;
  await restartFeedPolling(db, publisher.id, defaultTopicSlug);
  return publisher.id;
}

/**
 * Starts a title's polling afresh (due now, not paused, no cached validators), for a feed URL just set. The
 * newsroom's title edits call it inside their transaction, having written the URL with the other fields.
 */
export async function restartFeedPolling(
  db: Database,
  publisherId: number,
  defaultTopicSlug?: string,
): Promise<void> {
  const fresh = {
    etag: null,
    lastModified: null,
    nextPollAt: sql`now()`,
    consecutiveFailures: 0,
    pausedAt: null,
    lastError: null,
    ...(defaultTopicSlug ? { defaultTopicSlug } : {}),
  };
  await db
    .insert(feedStates)
    .values({ publisherId, ...fresh })
    .onConflictDoUpdate({ target: feedStates.publisherId, set: fresh });
}

/** Forgets the polling state of a title whose feed was removed (nothing polls a title without a feed URL). */
export async function clearTitleFeedState(tx: Database, publisherId: number): Promise<void> {
  await tx.delete(feedStates).where(eq(feedStates.publisherId, publisherId));
}

export interface PollOutcome {
  etag?: string | null;
  lastModified?: string | null;
  nextPollSeconds: number;
  itemCount?: number;
  added?: number;
  updated?: number;
}

export async function recordPollSuccess(publisherId: number, outcome: PollOutcome): Promise<void> {
  const db = await getDb();
  const values = {
    ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
    ...(outcome.lastModified !== undefined ? { lastModified: outcome.lastModified } : {}),
    nextPollAt: sql`now() + make_interval(secs => ${outcome.nextPollSeconds})`,
    lastPolledAt: sql`now()`,
    lastSuccessAt: sql`now()`,
    consecutiveFailures: 0,
    lastError: null,
    pausedAt: null,
    ...(outcome.itemCount !== undefined ? { lastItemCount: outcome.itemCount } : {}),
  };
  await db
    .insert(feedStates)
    .values({ publisherId, ...values })
    .onConflictDoUpdate({
      target: feedStates.publisherId,
      set: {
        ...values,
        articlesAdded: sql`${feedStates.articlesAdded} + ${outcome.added ?? 0}`,
        articlesUpdated: sql`${feedStates.articlesUpdated} + ${outcome.updated ?? 0}`,
      },
    });
}

/** Counts a failure and schedules the next try; pauses the feed once `pauseAfter` failures follow each other. */
export async function recordPollFailure(
  publisherId: number,
  error: string,
  nextPollSeconds: (failures: number) => number,
  pauseAfter: number,
): Promise<{ failures: number; paused: boolean }> {
  const db = await getDb();
  await db.insert(feedStates).values({ publisherId }).onConflictDoNothing();
  const [current] = await db
    .select({ failures: feedStates.consecutiveFailures })
    .from(feedStates)
    .where(eq(feedStates.publisherId, publisherId));
  const failures = (current?.failures ?? 0) + 1;
  const paused = failures >= pauseAfter;
  await db
    .update(feedStates)
    .set({
      consecutiveFailures: failures,
      lastError: error.slice(0, 1000),
      lastPolledAt: sql`now()`,
      nextPollAt: sql`now() + make_interval(secs => ${nextPollSeconds(failures)})`,
      ...(paused ? { pausedAt: sql`coalesce(${feedStates.pausedAt}, now())` } : {}),
    })
    .where(eq(feedStates.publisherId, publisherId));
  return { failures, paused };
}

export async function getTopicIdsBySlug(): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db.select({ id: topics.id, slug: topics.slug }).from(topics);
  return new Map(rows.map((r) => [r.slug, r.id]));
}
