import type { ArticleCard } from "@/lib/db/queries/article-fields";
import type { MuteTarget } from "./mute-match";

// What POST /api/me answers: the parts of a page that belong to one reader, for the client islands of the
// members' shared page copy (lib/auth/shared-render.ts). Types only, so the browser's code can share them.

/** The most card ids one page may ask about (the home page lists about 40). */
export const MAX_CARDS_ASKED = 200;

/** What a page asks for beyond the reader's own basics. */
export interface ReaderPartsRequest {
  /** The article page's slug: its reading tracker's view token (and the story goes into their history). */
  article?: string;
  /** The home page: Continue reading and the For You rail. */
  home?: boolean;
  /** The ids of the cards the page lists: which of them an author mute hides (mutedByAuthor). */
  cards?: number[];
}

/** A followed or muted title, topic or author. */
export type FollowedTarget = MuteTarget;

export interface ContinueStory {
  id: number;
  slug: string;
  headline: string;
  publisherName: string;
  readingMinutes: number;
  position: number;
}

export interface ReaderParts {
  /** The account menu's label: their name, else their email. */
  label: string;
  savedIds: number[];
  follows: FollowedTarget[];
  mutes: FollowedTarget[];
  /** Of the page's cards, those a muted author wrote (by the author's slug, one of `mutes`). */
  mutedByAuthor: { articleId: number; slug: string }[];
  /** The membership notice an article shows above its body ("update your card by …"), as ISO dates. */
  notice: { kind: "update-card" | "membership-ends" | "trial-ends"; date: string } | null;
  viewToken: string | null;
  home: {
    continueReading: ContinueStory[];
    forYou: { items: { article: ArticleCard; because: string }[]; offerTopics: boolean };
  } | null;
}
