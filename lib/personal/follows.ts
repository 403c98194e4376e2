import "server-only";
import { cache } from "react";
import {
  deleteAllFollows,
  deleteReaderFollow,
  findFollowTarget,
  findReaderProfile,
  insertReaderFollows,
  listReaderFollows,
  upsertReaderFollow,
  upsertReaderProfile,
  type FollowRow,
} from "@/lib/db/queries/reader-follows";
import type { FollowKind } from "@/lib/db/schema";

export type { FollowKind } from "@/lib/db/schema";

/** A followed or muted title, topic or author, as plain JSON-able data (the data export takes it as is). */
export interface FollowTarget {
  kind: FollowKind;
  id: number;
  slug: string;
  name: string;
  /** When the reader followed or muted it (ISO 8601). */
  since: string;
}

export interface ReaderFollows {
  follows: FollowTarget[];
  mutes: FollowTarget[];
}

export const FOLLOW_KINDS = ["publisher", "topic", "author"] as const satisfies readonly FollowKind[];

/** What a kind is called to readers, and where its page is. */
export const KIND_WORDS: Record<FollowKind, { one: string; many: string; path: string }> = {
  publisher: { one: "title", many: "Titles", path: "/publishers" },
  topic: { one: "topic", many: "Topics", path: "/topics" },
  author: { one: "author", many: "Authors", path: "/authors" },
};

/** A reader's follows and mutes, read once per request (every list on a page shares it). Never cached across requests. */
export const getReaderFollows = cache(async (userId: string): Promise<ReaderFollows> =>
  toReaderFollows(await listReaderFollows(userId)),
);

/** A reader's follow rows (oldest first) as follows and mutes. */
export function toReaderFollows(rows: readonly FollowRow[]): ReaderFollows {
  const out: ReaderFollows = { follows: [], mutes: [] };
  for (const row of rows) {
    const target = {
      kind: row.kind,
      id: row.targetId,
      slug: row.slug,
      name: row.name,
      since: row.createdAt.toISOString(),
    };
    (row.muted ? out.mutes : out.follows).push(target);
  }
  return out;
}

export type FollowChange = "follow" | "unfollow" | "mute" | "unmute";

export class UnknownTargetError extends Error {
  override name = "UnknownTargetError";
}

/**
 * Follows, unfollows, mutes or unmutes a title, topic or author named by slug; answers its name.
 * Muting something followed replaces the follow (and following something muted lifts the mute).
 */
export async function changeFollow(
  userId: string,
  kind: FollowKind,
  slug: string,
  change: FollowChange,
): Promise<string> {
  const target = await findFollowTarget(kind, slug);
  if (!target) throw new UnknownTargetError(`no ${kind} ${slug}`);
  const key = { userId, kind, targetId: target.id, muted: change === "mute" || change === "unmute" };
  if (change === "follow" || change === "mute") await upsertReaderFollow(key);
  else await deleteReaderFollow(key);
  return target.name;
}

export interface ReaderProfileState {
  /** Offer the short topic choice (after sign-up, and again after a reset). */
  offerTopics: boolean;
  historySince: Date | null;
}

export const getReaderProfile = cache(async (userId: string): Promise<ReaderProfileState> => {
  const profile = await findReaderProfile(userId);
  return {
    offerTopics: !profile?.topicsChosenAt,
    historySince: profile?.personalisedSince ?? null,
  };
});

/** The cold start: follows the chosen topics (none is fine: "skip") and stops offering the choice. */
export async function chooseTopics(userId: string, topicIds: number[]): Promise<void> {
  await insertReaderFollows(userId, "topic", [...new Set(topicIds)]);
  await upsertReaderProfile(userId, { topicsChosenAt: new Date() });
}

/**
 * "Reset my personalisation": forgets the follows and what the reading history taught For You (the history itself
 * is the reader's and stays), and offers the topic choice again. Mutes stay: they protect the reader, and
 * undoing them silently would bring back what they asked not to see.
 */
export async function resetPersonalisation(userId: string): Promise<void> {
  await deleteAllFollows(userId);
  await upsertReaderProfile(userId, { personalisedSince: new Date(), topicsChosenAt: null });
}
