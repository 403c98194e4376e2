import { after, connection } from "next/server";
import { z } from "zod";
import { readDecisionOf, readerOfRequest } from "@/lib/auth/member-gate";
import { getArticle } from "@/lib/content/articles";
import { parseSlug } from "@/lib/content/params";
import { readSmallJson } from "@/lib/http/small-json";
import { getHomeParts } from "@/lib/personal/home-parts";
import { cardsByMutedAuthor } from "@/lib/personal/mutes";
import { MAX_CARDS_ASKED, type ReaderParts } from "@/lib/personal/reader-parts-shape";
import { recordOpened } from "@/lib/reading/history";
import { audienceOf, startView } from "@/lib/reading/reading-time";
import { SAVED_IDS_ON_A_PAGE } from "@/lib/reading/saved";

// The reader's own parts of a members' shared page copy (lib/auth/shared-render.ts): who they are, what they
// saved, follow and mute, their membership notice, and on asking the article's view token or the home page's
// Continue reading and For You. POST: opening an article puts it in the reader's history. A JSON body only,
// so another site cannot send one without the browser asking first (CORS). Never cached anywhere.

/** A page's card ids (the home page lists about 40) and the article's slug fit in this. */
const MAX_BYTES = 4096;
const requestSchema = z.object({
  article: z.string().max(300).optional(),
  home: z.boolean().optional(),
  cards: z.array(z.number().int().positive()).max(MAX_CARDS_ASKED).optional(),
});
const PRIVATE = { "cache-control": "private, no-store" };

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: PRIVATE });

export async function POST(request: Request): Promise<Response> {
  await connection();
  if (!request.headers.get("content-type")?.startsWith("application/json"))
    return refuse(415, "expected application/json");
  const body = await readSmallJson(request, MAX_BYTES);
  if (!body.ok) return refuse(body.status, body.error);
  const asked = requestSchema.safeParse(body.value);
  if (!asked.success)
    return refuse(400, `expected { article?, home?, cards? (at most ${MAX_CARDS_ASKED} ids) }`);
  try {
    // The gate's own check of the session (one statement; no Auth.js round of callbacks): this runs once per
    // member's page, so it must cost little more than the page.
    const reader = await readerOfRequest(request, { savedLimit: SAVED_IDS_ON_A_PAGE });
    if (!reader?.facts.basics) return refuse(401, "signed out");
    const { savedIds, follows } = reader.facts.basics;
    const decision = readDecisionOf(reader);
    const slug = asked.data.article === undefined ? null : parseSlug(asked.data.article);
    const { userId, facts } = reader;
    const [article, home, mutedByAuthor] = await Promise.all([
      slug ? getArticle(slug) : undefined,
      asked.data.home ? getHomeParts(userId) : null,
      cardsByMutedAuthor(userId, follows, asked.data.cards ?? []),
    ]);
    let viewToken: string | null = null;
    if (article) {
      viewToken = startView(userId, article, audienceOf(decision, request.headers.get("user-agent")));
      after(() =>
        recordOpened(userId, article.id).catch((error: unknown) =>
          console.error("history: could not record an opened story", error),
        ),
      );
    }
    const targets = (muted: boolean) =>
      follows
        .filter((f) => f.muted === muted)
        .map(({ kind, slug: target, name }) => ({ kind, slug: target, name }));
    const parts: ReaderParts = {
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
    };
    return Response.json(parts, { headers: PRIVATE });
  } catch (error) {
    console.error("reader parts failed", error);
    return refuse(503, "try again");
  }
}
