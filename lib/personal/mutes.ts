import "server-only";
import { keptUntilWrite } from "@/lib/db/kept-until-write";
import { listMutedAuthorMatches } from "@/lib/db/queries/reader-follows";
import type { Page } from "@/lib/db/queries/article-fields";
import { getReaderFollows, type FollowTarget, type ReaderFollows } from "./follows";
import { mutedByOf, sortMuted, type Mutable } from "./mute-match";

export { describeHidden, type Mutable } from "./mute-match";

// Mutes are applied per request, after the shared (cached) list is fetched: a cached list is the same for
// everyone, and what one reader muted must never enter it. Nothing muted vanishes without trace: each list
// says how many stories it hid and because of what, so the page can offer "· show".

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

/** A page's cards by muted authors, kept on PGlite until a write to follows or bylines (lib/db/kept-until-write.ts). */
const keptAuthorMatches = keptUntilWrite<Awaited<ReturnType<typeof listMutedAuthorMatches>>>("personal", {
  max: 5_000,
});

/**
 * Of `cardIds`, those a muted author wrote, with the author's slug: for the members' shared page copy, whose
 * cards the reader's browser filters (the title and topic mutes it judges itself, from the card). `follows`:
 * the reader's follows and mutes as the gate read them; a reader who mutes no author costs no query.
 */
export async function cardsByMutedAuthor(
  userId: string,
  follows: readonly { kind: string; id: number; slug: string; muted: boolean }[],
  cardIds: number[],
): Promise<{ articleId: number; slug: string }[]> {
  const authors = new Map(follows.filter((f) => f.muted && f.kind === "author").map((f) => [f.id, f.slug]));
  if (authors.size === 0 || cardIds.length === 0) return [];
  const matches = await keptAuthorMatches.get(`${userId}\n${cardIds.join(",")}`, () =>
    listMutedAuthorMatches(userId, cardIds),
  );
  return matches.flatMap(({ articleId, authorId }) => {
    const slug = authors.get(authorId);
    return slug ? [{ articleId, slug }] : [];
  });
}

function buildMuteFilter(follows: ReaderFollows, byAuthor: Map<number, FollowTarget>): MuteFilter {
  const mutedBy = mutedByOf(follows.mutes, byAuthor);
  return {
    apply<T extends Mutable>(list: readonly T[]): MutedList<T> {
      const { shown, hidden, because } = sortMuted(list, mutedBy);
      return { items: shown, hidden: hidden.length > 0 ? { items: hidden, because } : null };
    },
  };
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
