import type { IncomingMessage, ServerResponse } from "node:http";
import { findViewedArticle } from "@/lib/db/queries/articles";
import {
  answerReaderParts,
  isJsonContentType,
  READER_PARTS_CACHE_CONTROL,
  READER_PARTS_MAX_BYTES,
  recordOpenedStory,
  type PartsAnswer,
} from "@/lib/personal/reader-parts";
import { sendJson } from "./send-json";
import { readSmallJsonFromNode } from "./small-json";

// POST /api/me, answered on the Node server's request event (server-hooks.ts) before Next.js sees it. Every
// member's page sends one as it loads, so it is the members' busiest request: through Next it went through the
// router, proxy.ts, a Fetch Request and Response and web streams, about a third of its CPU (profiled). The
// answer is the route's own (lib/personal/reader-parts.ts); only the article an article page asks about is read
// here from the database (findViewedArticle) rather than from Next's cache of getArticle, which lives in Next.

export function isReaderPartsRequest(request: IncomingMessage): boolean {
  const target = request.url ?? "";
  return request.method === "POST" && (target === "/api/me" || target.startsWith("/api/me?"));
}

/** The headers the gate and the answer read, as a Fetch Headers (the session cookie, the reader's browser). */
function questionHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const name of ["cookie", "content-type", "user-agent"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

/** Answers `request` whole; never throws (a failure after the headers went out ends the connection). */
export async function answerReaderPartsLane(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const headers = questionHeaders(request);
    const body = isJsonContentType(headers.get("content-type"))
      ? await readSmallJsonFromNode(request, READER_PARTS_MAX_BYTES)
      : null;
    const answer = await answerReaderParts({ headers, body }, findViewedArticle);
    // A body too large was not read to its end, nor will it be: the connection closes after the answer.
    send(request, response, answer, body !== null && !body.ok && body.status === 413);
    if (answer.opened) await recordOpenedStory(answer.opened);
  } catch (error) {
    console.error("reader parts lane failed", error);
    if (response.headersSent) response.destroy();
    else send(request, response, { status: 503, body: { error: "try again" } }, true);
  }
}

function send(request: IncomingMessage, response: ServerResponse, answer: PartsAnswer, close: boolean): void {
  sendJson(request, response, {
    status: answer.status,
    json: JSON.stringify(answer.body),
    cacheControl: READER_PARTS_CACHE_CONTROL,
    close,
  });
}
