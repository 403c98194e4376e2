import "server-only";
import { listForYouCandidates, type ForYouCandidate } from "@/lib/db/queries/for-you";
import type { ArticleCard } from "@/lib/db/queries/article-fields";
import { getReaderFollows, getReaderProfile, type FollowTarget, type ReaderFollows } from "./follows";

// For You: a reader's own list, ranked from what they follow, how recent a story is, what is widely read and
// what they have been reading (never a story they have already read, nothing they muted). Every item carries
// the one reason that weighed most, in words the reader can check: "Because you follow Science".

/** Why a story is in the list: the signal that contributed most to its score. */
export type ForYouReason =
  | { kind: "follow"; target: FollowTarget }
  | { kind: "history"; topicSlug: string; topicName: string }
  | { kind: "popular" };

export interface ForYouItem {
  article: ArticleCard;
  reason: ForYouReason;
  score: number;
}

export interface ForYou {
  items: ForYouItem[];
  follows: ReaderFollows;
  /** Offer the short topic choice (new reader, or after a reset). */
  offerTopics: boolean;
}

// Weights. A follow is the reader's own word and outranks the rest; authors are the narrowest follow, then titles,
// then topics. Recency halves about every 36 hours; "widely read" and the reader's habits nudge.
const WEIGHTS = { author: 3, publisher: 2.5, topic: 2, history: 1.2, popular: 1, recency: 1.5 } as const;
const RECENCY_HALF_LIFE_HOURS = 36;
/** At most this many stories of one title in a row of the list's first page, so one busy title cannot fill it. */
const MAX_PER_TITLE = 3;
const PER_SOURCE = 20;

export function explainReason(reason: ForYouReason): string {
  if (reason.kind === "follow") return `Because you follow ${reason.target.name}`;
  if (reason.kind === "history") return `Because you often read ${reason.topicName}`;
  return "Widely read right now";
}

/** Ranks candidates (pure: the tests check scores and reasons against the follows that produced them). */
export function rankForYou(
  candidates: readonly ForYouCandidate[],
  follows: ReaderFollows,
  now: Date,
  limit: number,
): ForYouItem[] {
  const followed = new Map(follows.follows.map((f) => [`${f.kind}:${f.id}`, f]));
  const maxPopularity = Math.max(1, ...candidates.map((c) => c.popularity));
  const scored = candidates.map((candidate) => {
    const ageHours = Math.max(0, (now.getTime() - candidate.publishedAt.getTime()) / 3_600_000);
    const recency = WEIGHTS.recency * Math.pow(0.5, ageHours / RECENCY_HALF_LIFE_HOURS);
    const popular = WEIGHTS.popular * (candidate.popularity / maxPopularity);
    let best: { weight: number; reason: ForYouReason } = { weight: popular, reason: { kind: "popular" } };
    let signals = popular;
    for (const via of candidate.via) {
      if (via.source === "popular" || via.targetId === null) continue;
      let weight: number;
      let reason: ForYouReason;
      if (via.source === "history") {
        weight = WEIGHTS.history;
        reason = { kind: "history", topicSlug: candidate.topicSlug, topicName: candidate.topicName };
      } else {
        const target = followed.get(`${via.source}:${via.targetId}`);
        if (!target) continue;
        weight = WEIGHTS[via.source];
        reason = { kind: "follow", target };
      }
      signals += weight;
      if (weight > best.weight) best = { weight, reason };
    }
    const { popularity: _p, via: _v, ...article } = candidate;
    return { article, reason: best.reason, score: signals + recency };
  });
  scored.sort(
    (a, b) => b.score - a.score || b.article.publishedAt.getTime() - a.article.publishedAt.getTime(),
  );
  return spreadTitles(scored, limit);
}

/** Keeps the order but lets no title take more than MAX_PER_TITLE places until the others run out. */
function spreadTitles(items: ForYouItem[], limit: number): ForYouItem[] {
  const counts = new Map<string, number>();
  const first: ForYouItem[] = [];
  const later: ForYouItem[] = [];
  for (const item of items) {
    const n = counts.get(item.article.publisherSlug) ?? 0;
    counts.set(item.article.publisherSlug, n + 1);
    (n < MAX_PER_TITLE ? first : later).push(item);
  }
  return [...first, ...later].slice(0, limit);
}

/** A reader's For You list (per request, never cached: it is theirs alone). */
export async function getForYou(userId: string, limit: number): Promise<ForYou> {
  // The candidates read the reset time themselves (reader_profiles), so all three go in one round trip.
  const [follows, profile, candidates] = await Promise.all([
    getReaderFollows(userId),
    getReaderProfile(userId),
    listForYouCandidates({ userId, perSource: Math.max(PER_SOURCE, limit) }),
  ]);
  return {
    items: rankForYou(candidates, follows, new Date(), limit),
    follows,
    offerTopics: profile.offerTopics && follows.follows.length === 0,
  };
}
