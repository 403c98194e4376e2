import type { FollowKind } from "@/lib/db/schema-personal";

// How a mute is judged against a card, in one place for both sides: the server applies it to the lists it
// renders for a reader (mutes.ts), and the members' shared page copy applies it in the reader's browser
// (app/_components/muted-in-browser.tsx), where the copy holds every card and the reader's parts say what
// they mute. Plain data only, so the browser's code can share it.

/** What a list needs for a mute to be judged: the card's id, title and topic. */
export interface Mutable {
  id: number;
  publisherSlug: string;
  topicSlug: string;
}

/** A muted title, topic or author, by slug, with the name the notice shows. */
export interface MuteTarget {
  kind: FollowKind;
  slug: string;
  name: string;
}

/**
 * The mute that hides a card, if any: its title's, else its topic's, else one of its authors' (`byArticle`: the
 * author mutes matched to card ids, which takes a query).
 */
export function mutedByOf<T extends MuteTarget>(
  mutes: readonly T[],
  byArticle: ReadonlyMap<number, T>,
): (card: Mutable) => T | undefined {
  const publishers = new Map<string, T>();
  const topics = new Map<string, T>();
  for (const mute of mutes) {
    if (mute.kind === "publisher") publishers.set(mute.slug, mute);
    if (mute.kind === "topic") topics.set(mute.slug, mute);
  }
  return (card) => publishers.get(card.publisherSlug) ?? topics.get(card.topicSlug) ?? byArticle.get(card.id);
}

/** A list's cards sorted into shown and hidden, with the mutes that hid them (each once, in card order). */
export function sortMuted<C extends Mutable, M extends MuteTarget>(
  cards: readonly C[],
  mutedBy: (card: Mutable) => M | undefined,
): { shown: C[]; hidden: C[]; because: M[] } {
  const shown: C[] = [];
  const hidden: C[] = [];
  const because = new Map<string, M>();
  for (const card of cards) {
    const mute = mutedBy(card);
    if (!mute) shown.push(card);
    else {
      hidden.push(card);
      because.set(`${mute.kind}:${mute.slug}`, mute);
    }
  }
  return { shown, hidden, because: [...because.values()] };
}

/** "1 story hidden because you muted The Courier" — the words of a list's notice. */
export function describeHidden(hidden: { items: unknown[]; because: { name: string }[] }): string {
  const n = hidden.items.length;
  const names = hidden.because.map((m) => m.name);
  const list = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${n} ${n === 1 ? "story" : "stories"} hidden because you muted ${list}`;
}

/**
 * The browser's side, on the members' shared copy: which of a list's cards the reader's mutes hide, and because
 * of what. Title and topic mutes are judged from the card; author mutes come matched to card ids by the server
 * (POST /api/me, `mutedByAuthor`).
 */
export function judgeMutes(
  mutes: readonly MuteTarget[],
  mutedByAuthor: readonly { articleId: number; slug: string }[],
  cards: readonly Mutable[],
): { hidden: Set<number>; because: MuteTarget[] } {
  const authors = new Map(mutes.filter((m) => m.kind === "author").map((m) => [m.slug, m]));
  const byArticle = new Map<number, MuteTarget>();
  for (const { articleId, slug } of mutedByAuthor) {
    const mute = authors.get(slug);
    if (mute && !byArticle.has(articleId)) byArticle.set(articleId, mute);
  }
  const { hidden, because } = sortMuted(cards, mutedByOf(mutes, byArticle));
  return { hidden: new Set(hidden.map((card) => card.id)), because };
}
