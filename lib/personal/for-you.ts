import "server-only";
import { keptUntilWrite } from "@/lib/db/kept-until-write";
import { listListedCardsByIds } from "@/lib/db/queries/articles";
import { readForYou, type CandidateVia, type ForYouCandidate } from "@/lib/db/queries/for-you";
import type { ArticleCard } from "@/lib/db/queries/article-fields";
import { toReaderFollows, type FollowTarget, type ReaderFollows } from "./follows";

// For You: a reader's own list, ranked from what they follow, how recent a story is, what is widely read and
// what they have been reading (reading_history: never a story already in it, nothing they muted). Every item carries
// the one reason that weighed most, in words the reader can check: "Because you follow Science".

/** Why a story is in the list: the signal that contributed most to its score. */
export type ForYouReason =
  | { kind: "follow"; target: FollowTarget }
  | { kind: "history"; target: { kind: "topic" | "publisher"; slug: string; name: string } }
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
// then topics. A habit (a topic or title among the reader's recent reads) weighs up to `history`, in proportion to
// how much of their reading it is (full at HABIT_FULL_READS of the last 100); "widely read" up to `popular`.
// Recency halves about every 36 hours: it orders stories but is never the reason one is in the list.
const WEIGHTS = { author: 3, publisher: 2.5, topic: 2, history: 1.5, popular: 1, recency: 1.5 } as const;
const HABIT_FULL_READS = 10;
const RECENCY_HALF_LIFE_HOURS = 36;
/** At most this many stories of one title in a row of the list's first page, so one busy title cannot fill it. */
const MAX_PER_TITLE = 3;
/**
 * Stories taken from each source (follow, habit, "widely read") at least; more when there are few sources. Twenty
 * follows then give a couple of hundred candidates to rank, not thousands.
 */
const PER_SOURCE = 8;

export function explainReason(reason: ForYouReason): string {
  if (reason.kind === "follow") return `Because you follow ${reason.target.name}`;
  if (reason.kind === "history") return `Because you often read ${reason.target.name}`;
  return "Widely read right now";
}

/** Items as the lists show them: each story with its reason in words. */
export function inWords(items: readonly ForYouItem[]): { article: ArticleCard; because: string }[] {
  return items.map(({ article, reason }) => ({ article, because: explainReason(reason) }));
}

const RAIL_LENGTH = 4;

/** The home page's For You rail (for the page rendered per reader, and for the reader's parts). */
export function getForYouRail(userId: string): Promise<ForYou> {
  return getForYou(userId, RAIL_LENGTH);
}

const SOURCE_ORDER = ["author", "publisher", "topic", "history:topic", "history:publisher"];
const orderOf = (via: CandidateVia) =>
  SOURCE_ORDER.indexOf(via.source === "history" ? `history:${via.kind}` : via.source);

/**
 * A reason as ranking knows it, by ids: a habit is the candidate's own topic or title, named from its card once the
 * chosen few are read (`withCards`).
 */
export type RankedReason =
  | { kind: "follow"; target: FollowTarget }
  | { kind: "history"; of: "topic" | "publisher" }
  | { kind: "popular" };

export interface Ranked {
  candidate: ForYouCandidate;
  reason: RankedReason;
  score: number;
}

interface Signal {
  weight: number;
  reason: RankedReason;
}

/** What each source that brought a candidate adds to its score, and the reason it would give. */
function signalsOf(
  candidate: ForYouCandidate,
  followed: Map<string, FollowTarget>,
  maxPopularity: number,
): Signal[] {
  const signals: Signal[] = [
    { weight: WEIGHTS.popular * (candidate.popularity / maxPopularity), reason: { kind: "popular" } },
  ];
  // In a fixed order, so that of two signals weighing the same the narrower one (a follow, a topic) is the reason.
  const vias = [...candidate.via].sort((a, b) => orderOf(a) - orderOf(b));
  for (const via of vias) {
    if (via.source === "popular" || via.targetId === null) continue;
    if (via.source === "history") {
      const share = Math.min(1, (via.reads ?? 0) / HABIT_FULL_READS);
      const of = via.kind === "topic" ? "topic" : "publisher";
      signals.push({ weight: WEIGHTS.history * share, reason: { kind: "history", of } });
      continue;
    }
    const target = followed.get(`${via.source}:${via.targetId}`);
    if (target) signals.push({ weight: WEIGHTS[via.source], reason: { kind: "follow", target } });
  }
  return signals;
}

/**
 * Ranks candidates (pure: the tests check scores and reasons against the sources that produced them). The score
 * is the sum of every signal plus recency; the reason shown is the signal that added most, so it is always one
 * that really ranked the story.
 */
export function rankForYou(
  candidates: readonly ForYouCandidate[],
  follows: ReaderFollows,
  now: Date,
  limit: number,
): Ranked[] {
  const followed = new Map(follows.follows.map((f) => [`${f.kind}:${f.id}`, f]));
  const maxPopularity = Math.max(1, ...candidates.map((c) => c.popularity));
  const scored = candidates.map((candidate) => {
    const ageHours = Math.max(0, (now.getTime() - candidate.publishedAt.getTime()) / 3_600_000);
    const recency = WEIGHTS.recency * Math.pow(0.5, ageHours / RECENCY_HALF_LIFE_HOURS);
    const signals = signalsOf(candidate, followed, maxPopularity);
    const best = signals.reduce((a, b) => (b.weight > a.weight ? b : a));
    const sum = signals.reduce((total, signal) => total + signal.weight, 0);
    return { candidate, reason: best.reason, score: sum + recency };
  });
  scored.sort(
    (a, b) => b.score - a.score || b.candidate.publishedAt.getTime() - a.candidate.publishedAt.getTime(),
  );
  return spreadTitles(scored, limit);
}

/** Keeps the order but lets no title take more than MAX_PER_TITLE places until the others run out. */
function spreadTitles(items: Ranked[], limit: number): Ranked[] {
  const counts = new Map<number, number>();
  const first: Ranked[] = [];
  const later: Ranked[] = [];
  for (const item of items) {
    const n = counts.get(item.candidate.publisherId) ?? 0;
    counts.set(item.candidate.publisherId, n + 1);
    (n < MAX_PER_TITLE ? first : later).push(item);
  }
  return [...first, ...later].slice(0, limit);
}

/**
 * The ranked stories with their cards, in rank order; a story whose card is not among `cards` (taken down or its
 * title paused since it was ranked) is left out.
 */
export function withCards(ranked: readonly Ranked[], cards: readonly ArticleCard[]): ForYouItem[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ranked.flatMap(({ candidate, reason, score }) => {
    const article = byId.get(candidate.id);
    if (!article) return [];
    return [{ article, reason: namedReason(reason, article), score }];
  });
}

function namedReason(reason: RankedReason, article: ArticleCard): ForYouReason {
  if (reason.kind !== "history") return reason;
  const target =
    reason.of === "topic"
      ? { kind: "topic" as const, slug: article.topicSlug, name: article.topicName }
      : { kind: "publisher" as const, slug: article.publisherSlug, name: article.publisherName };
  return { kind: "history", target };
}

/** The ranked stories' cards, read in one statement (only the list's length of them, never the candidates'). */
export async function rankedWithCards(ranked: readonly Ranked[]): Promise<ForYouItem[]> {
  return withCards(ranked, await listListedCardsByIds(ranked.map((item) => item.candidate.id)));
}

/**
 * Ranked lists kept in the server's memory where that is exact (PGlite, see lib/db/kept-until-write.ts): any
 * write to the reader's follows, mutes, topic choice or history, or to the articles and what they name
 * (drizzle/0017_personal_notify.sql), forgets them all. Popularity and recency move without a write a trigger
 * sees, so a kept list is also at most five minutes old. Only the reader's own request ever reads their key.
 */
const keptLists = keptUntilWrite<ForYou>("personal", { max: 5_000, ttlMs: 5 * 60_000 });

/** A reader's For You list (theirs alone: never in a shared cache), in two round trips: rank, then the cards. */
export function getForYou(userId: string, limit: number): Promise<ForYou> {
  return keptLists.get(`${userId}\n${limit}`, () => rankedForYou(userId, limit));
}

async function rankedForYou(userId: string, limit: number): Promise<ForYou> {
  const read = await readForYou({ userId, perSource: PER_SOURCE, fill: limit });
  const follows = toReaderFollows(read.follows);
  return {
    items: await rankedWithCards(rankForYou(read.candidates, follows, new Date(), limit)),
    follows,
    offerTopics: !read.topicsChosen && follows.follows.length === 0,
  };
}
