import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, authors, publishers, readerFollows, readerProfiles, topics } from "../schema";
import type { FollowKind, ReaderProfile } from "../schema";

// A reader's follows and mutes (reader_follows) and For You settings (reader_profiles).

export interface FollowRow {
  kind: FollowKind;
  targetId: number;
  muted: boolean;
  createdAt: Date;
  slug: string;
  name: string;
}

/** Every follow and mute of a reader with the target's slug and name, oldest first: one primary-key scan. */
export async function listReaderFollows(userId: string): Promise<FollowRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      kind: readerFollows.kind,
      targetId: readerFollows.targetId,
      muted: readerFollows.muted,
      createdAt: readerFollows.createdAt,
      slug: sql<string | null>`coalesce(${publishers.slug}, ${topics.slug}, ${authors.slug})`,
      name: sql<string | null>`coalesce(${publishers.name}, ${topics.name}, ${authors.name})`,
    })
    .from(readerFollows)
    .leftJoin(publishers, and(eq(readerFollows.kind, "publisher"), eq(publishers.id, readerFollows.targetId)))
    .leftJoin(topics, and(eq(readerFollows.kind, "topic"), eq(topics.id, readerFollows.targetId)))
    .leftJoin(authors, and(eq(readerFollows.kind, "author"), eq(authors.id, readerFollows.targetId)))
    .where(eq(readerFollows.userId, userId))
    .orderBy(asc(readerFollows.createdAt), asc(readerFollows.kind), asc(readerFollows.targetId));
  // A target that no longer exists is dropped here rather than shown without a name.
  return rows.flatMap((row) =>
    row.slug !== null && row.name !== null
      ? [{ ...row, slug: row.slug, name: row.name, createdAt: new Date(row.createdAt) }]
      : [],
  );
}

/** One reader's follow (muted = false) or mute (true) of one title, topic or author. */
export interface FollowKey {
  userId: string;
  kind: FollowKind;
  targetId: number;
  muted: boolean;
}

/** Follows or mutes a target; a mute replaces a follow and the other way round. */
export async function upsertReaderFollow({ userId, kind, targetId, muted }: FollowKey): Promise<void> {
  const db = await getDb();
  await db
    .insert(readerFollows)
    .values({ userId, kind, targetId, muted })
    .onConflictDoUpdate({
      target: [readerFollows.userId, readerFollows.kind, readerFollows.targetId],
      set: { muted, createdAt: sql`now()` },
    });
}

/** Removes a follow or a mute; the other state is left alone. */
export async function deleteReaderFollow({ userId, kind, targetId, muted }: FollowKey): Promise<void> {
  const db = await getDb();
  await db
    .delete(readerFollows)
    .where(
      and(
        eq(readerFollows.userId, userId),
        eq(readerFollows.kind, kind),
        eq(readerFollows.targetId, targetId),
        eq(readerFollows.muted, muted),
      ),
    );
}

/** Follows each of `targetIds` of one kind (the topic choice after sign-up); existing rows are kept. */
export async function insertReaderFollows(userId: string, kind: FollowKind, targetIds: number[]) {
  if (targetIds.length === 0) return;
  const db = await getDb();
  await db
    .insert(readerFollows)
    .values(targetIds.map((targetId) => ({ userId, kind, targetId, muted: false })))
    .onConflictDoNothing();
}

/** Removes every follow of a reader (not the mutes): part of "reset my personalisation". */
export async function deleteAllFollows(userId: string): Promise<void> {
  const db = await getDb();
  await db.delete(readerFollows).where(and(eq(readerFollows.userId, userId), eq(readerFollows.muted, false)));
}

/** The id and name of a title, topic or author by slug (paused titles included: a reader may mute one). */
export async function findFollowTarget(
  kind: FollowKind,
  slug: string,
): Promise<{ id: number; name: string } | undefined> {
  const db = await getDb();
  const table = kind === "publisher" ? publishers : kind === "topic" ? topics : authors;
  const [row] = await db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(eq(table.slug, slug))
    .limit(1);
  return row;
}

/**
 * Which of `articleIds` are by an author the reader muted: (article, author) pairs. Driven from the ids (primary
 * key probes), so it can run beside the read of the reader's follows instead of after it.
 */
export async function listMutedAuthorMatches(
  userId: string,
  articleIds: number[],
): Promise<{ articleId: number; authorId: number }[]> {
  if (articleIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({ articleId: articleAuthors.articleId, authorId: articleAuthors.authorId })
    .from(articleAuthors)
    .innerJoin(
      readerFollows,
      and(
        eq(readerFollows.userId, userId),
        eq(readerFollows.kind, "author"),
        eq(readerFollows.muted, true),
        eq(readerFollows.targetId, articleAuthors.authorId),
      ),
    )
    .where(inArray(articleAuthors.articleId, articleIds));
}

export async function findReaderProfile(userId: string): Promise<ReaderProfile | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(readerProfiles).where(eq(readerProfiles.userId, userId)).limit(1);
  return row;
}

/** Sets some of a reader's For You settings, creating the row on first use. */
export async function upsertReaderProfile(
  userId: string,
  changes: { personalisedSince?: Date; topicsChosenAt?: Date | null },
): Promise<void> {
  const db = await getDb();
  await db
    .insert(readerProfiles)
    .values({ userId, ...changes })
    .onConflictDoUpdate({ target: readerProfiles.userId, set: { ...changes, updatedAt: sql`now()` } });
}
