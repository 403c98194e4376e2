import "server-only";
import { z } from "zod";
import { readDecisionOf, readerOfRequest, type GateRequest } from "@/lib/auth/member-gate";
import { parseSlug } from "@/lib/content/params";
import type { SmallJson } from "@/lib/http/small-json";
import { recordOpened } from "@/lib/reading/history";
import { audienceOf, startView, type ViewedArticle } from "@/lib/reading/reading-time";
import { SAVED_IDS_ON_A_PAGE } from "@/lib/reading/saved";
import { getHomeParts } from "./home-parts";
import { cardsByMutedAuthor } from "./mutes";
import { MAX_CARDS_ASKED, type ReaderParts } from "./reader-parts-shape";

// The reader's own parts of a members' shared page copy (lib/auth/shared-render.ts), as POST /api/me answers
// them: who they are, what they saved, follow and mute, their membership notice, and on asking the article's
// view token or the home page's Continue reading and For You. Answered before Next on the server's request event
// (lib/http/reader-parts-lane.ts) and by the route (app/api/me/route.ts) where that lane is not in front: both
// ask this. A JSON body only, so another site cannot send one without the browser asking first (CORS).

/** A page's card ids (the home page lists about 40) and the article's slug fit in this. */
export const READER_PARTS_MAX_BYTES = 4096;

const requestSchema = z.object({
  article: z.string().max(300).optional(),
  home: z.boolean().optional(),
  cards: z.array(z.number().int().positive()).max(MAX_CARDS_ASKED).optional(),
});

/** Never kept by a browser or a proxy: it names its reader. */
export const READER_PARTS_CACHE_CONTROL = "private, no-store";

export interface PartsAnswer {
  status: number;
  body: ReaderParts | { error: string };
  /** The story the reader opened: it goes into their history once the answer is on its way. */
  opened?: { userId: string; articleId: number };
}

export interface PartsQuestion extends GateRequest {
  /** The body as read (readSmallJson's outcome); null, unread, when the content type is not JSON. */
  body: SmallJson | null;
}

const refuse = (status: number, error: string): PartsAnswer => ({ status, body: { error } });

/** Whether the request says it carries JSON: anything else is refused before its body is read. */
export const isJsonContentType = (contentType: string | null | undefined) =>
  contentType?.startsWith("application/json") ?? false;

/**
 * The answer to one POST /api/me. `articleOf` finds the story an article page asks about (what may be read of it
 * for a view token: undefined when it is unknown or taken down). Never throws: a database error is a 503.
 */
export async function answerReaderParts(
  question: PartsQuestion,
  articleOf: (slug: string) => Promise<ViewedArticle | undefined>,
): Promise<PartsAnswer> {
  if (question.body === null) return refuse(415, "expected application/json");
  if (!question.body.ok) return refuse(question.body.status, question.body.error);
  const asked = requestSchema.safeParse(question.body.value);
  if (!asked.success)
    return refuse(400, `expected { article?, home?, cards? (at most ${MAX_CARDS_ASKED} ids) }`);
  try {
    // The gate's own check of the session (one statement, which also reads the reader's saved ids, follows
    // and home lists' versions; no Auth.js round of callbacks): this runs once per member's page.
    const reader = await readerOfRequest(question, { savedLimit: SAVED_IDS_ON_A_PAGE });
    if (!reader?.facts.basics) return refuse(401, "signed out");
    const { savedIds, follows, listVersions } = reader.facts.basics;
    const decision = readDecisionOf(reader);
    const slug = asked.data.article === undefined ? null : parseSlug(asked.data.article);
    const { userId, facts } = reader;
    const [article, home, mutedByAuthor] = await Promise.all([
      slug ? articleOf(slug) : undefined,
      asked.data.home ? getHomeParts(userId, listVersions) : null,
      cardsByMutedAuthor(userId, follows, asked.data.cards ?? []),
    ]);
    const viewToken = article
      ? startView(userId, article, audienceOf(decision, question.headers.get("user-agent")))
      : null;
    const targets = (muted: boolean) =>
      follows
        .filter((f) => f.muted === muted)
        .map(({ kind, slug: target, name }) => ({ kind, slug: target, name }));
    return {
      status: 200,
      body: {
        label: facts.name?.trim() || facts.email,
        savedIds,
        follows: targets(false),
        mutes: targets(true),
        mutedByAuthor,
        notice:
          decision.allowed && decision.notice
            ? { kind: decision.notice.kind, date: decision.notice.date.toISOString() }
            : null,
        viewToken,
        home,
      },
      opened: article ? { userId, articleId: article.id } : undefined,
    };
  } catch (error) {
    console.error("reader parts failed", error);
    return refuse(503, "try again");
  }
}

/** Puts the story an answer opened into its reader's history, once the answer is on its way; never throws. */
export function recordOpenedStory({ userId, articleId }: NonNullable<PartsAnswer["opened"]>): Promise<void> {
  return recordOpened(userId, articleId).catch((error: unknown) =>
    console.error("history: could not record an opened story", error),
  );
}
