import type { IncomingMessage, ServerResponse } from "node:http";
import { answerSearch } from "@/lib/content/search-answer";
import { sendJson } from "./send-json";

// GET /api/search, answered on the Node server's request event (server-hooks.ts) before Next.js sees it, like the
// page cache's pages: a search nobody made before is the statements and a JSON.stringify, with nothing of Next's
// routing and streams around them (lib/content/search-answer.ts says what the answer holds).

const PATH = "/api/search";

export function isSearchRequest(request: IncomingMessage): boolean {
  const target = request.url ?? "";
  return target === PATH || target.startsWith(`${PATH}?`);
}

/** The same for everyone, but a takedown must leave it within seconds: browsers ask again each time. */
const CACHE_CONTROL = "no-cache";

/** Answers `request` whole; never throws. */
export async function answerSearchLane(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = (
    status: number,
    json: string,
    more: Omit<Parameters<typeof sendJson>[2], "status" | "json" | "cacheControl"> = {},
  ) => sendJson(request, response, { status, json, cacheControl: CACHE_CONTROL, ...more });
  if (request.method !== "GET" && request.method !== "HEAD") {
    // A body, if any, is not read: the connection closes after the answer.
    send(405, JSON.stringify({ error: "GET only" }), { headers: { Allow: "GET, HEAD" }, close: true });
    return;
  }
  try {
    const query = new URL(request.url ?? PATH, "http://search.invalid").searchParams;
    const answer = await answerSearch(query);
    send(200, answer.json, {
      headers: { "x-search-cache": answer.cache },
      gzipped: answer.gzipped,
      onGzipped: answer.keepGzipped,
    });
  } catch (error) {
    console.error("search lane failed", error);
    if (response.headersSent) response.destroy();
    else send(503, JSON.stringify({ error: "search is unavailable; try again" }));
  }
}
