import { after, connection } from "next/server";
import { getArticle } from "@/lib/content/articles";
import { readSmallJson } from "@/lib/http/small-json";
import {
  answerReaderParts,
  isJsonContentType,
  READER_PARTS_CACHE_CONTROL,
  READER_PARTS_MAX_BYTES,
  recordOpenedStory,
} from "@/lib/personal/reader-parts";

// POST /api/me where the server's request event does not answer it first (lib/http/reader-parts-lane.ts, which
// every `next start` and `next dev` installs): the same answer (lib/personal/reader-parts.ts), the article
// from Next's cache. Never cached anywhere.

export async function POST(request: Request): Promise<Response> {
  await connection();
  const body = isJsonContentType(request.headers.get("content-type"))
    ? await readSmallJson(request, READER_PARTS_MAX_BYTES)
    : null;
  const answer = await answerReaderParts({ headers: request.headers, body }, getArticle);
  const { opened } = answer;
  if (opened) after(() => recordOpenedStory(opened));
  return Response.json(answer.body, {
    status: answer.status,
    headers: { "cache-control": READER_PARTS_CACHE_CONTROL },
  });
}
