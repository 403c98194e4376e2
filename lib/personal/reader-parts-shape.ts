import type { ArticleCard } from "@/lib/db/queries/article-fields";
import type { FollowKind } from "@/lib/db/schema-personal";

// What POST /api/me answers: the parts of a page that belong to one reader, for the client islands of the
// members' shared page copy (lib/auth/shared-render.ts). Types only, so the browser's code can share them.

/** What a page asks for beyond the reader's own basics. */
export interface ReaderPartsRequest {
  /** The article page's slug: its reading tracker's view token (and the story goes into their history). */
  article?: string;
  /** The home page: Continue reading and the For You rail. */
  home?: boolean;
}

export interface FollowedTarget {
  kind: FollowKind;
  slug: string;
}

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
  /** The membership notice an article shows above its body ("update your card by …"), as ISO dates. */
  notice: { kind: "update-card" | "membership-ends" | "trial-ends"; date: string } | null;
  viewToken: string | null;
  home: {
    continueReading: ContinueStory[];
    forYou: { items: { article: ArticleCard; because: string }[]; offerTopics: boolean };
  } | null;
}
