import "server-only";
import { listMutedAuthorMatches } from "@/lib/db/queries/reader-follows";
import type { Page } from "@/lib/db/queries/article-fields";
import { getReaderFollows, type FollowTarget, type ReaderFollows } from "./follows";

// Mutes are applied per request, after the shared (cached) list is fetched: a cached list is the same for
// everyone, and what one reader muted must never enter it. Nothing muted vanishes without trace: each list
// says how many stories it hid and because of what, so the page can offer "· show".

/** What a list needs for a mute to be judged: the card's id, title and topic. */
export interface Mutable {
  id: number;
  publisherSlug: string;
  topicSlug: string;
}

/** The stories a mute took out of one list, and the mutes that did it (for "because you muted X"). */
export interface HiddenStories<T> {
  items: T[];
  because: FollowTarget[];
}

export interface MutedList<T> {
  items: T[];
  /** Null when nothing was hidden. */
  hidden: HiddenStories<T> | null;
}

export interface MuteFilter {
  apply<T extends Mutable>(list: readonly T[]): MutedList<T>;
}

/**
 * The filter for one reader over the cards a page is about to show (pass every list of the page: author mutes are
 * matched by one small query over their ids). A visitor (no user id) gets an empty filter and no query at all.
 * `known`: the reader's follows when the caller has them already (a job, where no request cache shares them).
 */
export async function loadMuteFilter(
  userId: string | null | undefined,
  lists: readonly (readonly Mutable[])[],
  known?: ReaderFollows,
): Promise<MuteFilter> {
  if (!userId) return buildMuteFilter({ follows: [], mutes: [] }, new Map());
  // Both at once (one round trip of wait, not two): the author matches find the muted authors themselves.
  const ids = [...new Set(lists.flatMap((list) => list.map((card) => card.id)))];
  const [follows, matches] = await Promise.all([
    known ?? getReaderFollows(userId),
    listMutedAuthorMatches(userId, ids),
  ]);
  const byAuthor = new Map<number, FollowTarget>();
  for (const { articleId, authorId } of matches) {
    const mute = follows.mutes.find((m) => m.kind === "author" && m.id === authorId);
    if (mute && !byAuthor.has(articleId)) byAuthor.set(articleId, mute);
  }
  return buildMuteFilter(follows, byAuthor);
}

function buildMuteFilter(follows: ReaderFollows, byAuthor: Map<number, FollowTarget>): MuteFilter {
  const publishers = new Map<string, FollowTarget>();
  const topics = new Map<string, FollowTarget>();
  for (const mute of follows.mutes) {
    if (mute.kind === "publisher") publishers.set(mute.slug, mute);
    if (mute.kind === "topic") topics.set(mute.slug, mute);
  }
  const mutedBy = (card: Mutable) =>
    publishers.get(card.publisherSlug) ?? topics.get(card.topicSlug) ?? byAuthor.get(card.id);
  return {
    apply<T extends Mutable>(list: readonly T[]): MutedList<T> {
      const items: T[] = [];
      const hidden: T[] = [];
      const because = new Map<string, FollowTarget>();
      for (const card of list) {
        const mute = mutedBy(card);
        if (!mute) items.push(card);
        else {
          hidden.push(card);
          because.set(`${mute.kind}:${mute.id}`, mute);
        }
      }
      return { items, hidden: hidden.length > 0 ? { items: hidden, because: [...because.values()] } : null };
    },
  };
}

/** "1 story hidden because you muted The Courier" — the words of a list's notice. */
export function describeHidden(hidden: { items: unknown[]; because: { name: string }[] }): string {
  const n = hidden.items.length;
  const names = hidden.because.map((m) => m.name);
  const list = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${n} ${n === 1 ? "story" : "stories"} hidden because you muted ${list}`;
}

/**
 * Applies a reader's mutes to every list of a page at once (their mutes and the author matches, read side by side):
 * `hideMuted(user?.id, { top, picks })` → `{ top: { items, hidden }, picks: … }`. `known` as for loadMuteFilter.
 */
export async function hideMuted<L extends Record<string, readonly Mutable[]>>(
  userId: string | null | undefined,
  lists: L,
  known?: ReaderFollows,
): Promise<{ [K in keyof L]: MutedList<L[K][number]> }> {
  const filter = await loadMuteFilter(userId, Object.values(lists), known);
  const out = {} as { [K in keyof L]: MutedList<L[K][number]> };
  for (const key of Object.keys(lists) as (keyof L)[]) out[key] = filter.apply(lists[key] as L[typeof key]);
  return out;
}

/** One page of a paginated list (a title's, topic's or writer's) with the reader's mutes applied. */
export async function hideMutedOnPage<T extends Mutable>(
  userId: string | null | undefined,
  page: Page<T>,
): Promise<{ page: Page<T>; hidden: HiddenStories<T> | null }> {
  const { list } = await hideMuted(userId, { list: page.items });
  return { page: { ...page, items: list.items }, hidden: list.hidden };
}
