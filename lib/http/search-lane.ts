import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { NOTHING_LOADS_CSP, staticSecurityHeaders } from "@/lib/auth/security-headers";
import { answerSearch } from "@/lib/content/search-answer";
import { acceptsGzip } from "./page-cache-lane";

// GET /api/search, answered on the Node server's request event (server-hooks.ts) before Next.js sees it, like the
// page cache's pages: a search nobody made before is the statements and a JSON.stringify, with nothing of Next's
// routing and streams around them (lib/content/search-answer.ts says what the answer holds).

const PATH = "/api/search";
/** Below this the JSON goes as it is: compressing would cost more than it saves. */
const GZIP_FROM_BYTES = 1024;

export function isSearchRequest(request: IncomingMessage): boolean {
  const target = request.url ?? "";
  return target === PATH || target.startsWith(`${PATH}?`);
}

/** Answers `request` whole; never throws. */
export async function answerSearchLane(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    // A body, if any, is not read: the connection closes after the answer.
    send(request, response, 405, JSON.stringify({ error: "GET only" }), {
      Allow: "GET, HEAD",
      Connection: "close",
    });
    return;
  }
  try {
    const query = new URL(request.url ?? PATH, "http://search.invalid").searchParams;
    const { json, cache } = await answerSearch(query);
    send(request, response, 200, json, { "x-search-cache": cache });
  } catch (error) {
    console.error("search lane failed", error);
    if (response.headersSent) response.destroy();
    else send(request, response, 503, JSON.stringify({ error: "search is unavailable; try again" }));
  }
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  json: string,
  extra: Record<string, string> = {},
): void {
  const text = Buffer.from(json);
  const gzip = text.byteLength >= GZIP_FROM_BYTES && acceptsGzip(request.headers["accept-encoding"]);
  const body = gzip ? gzipSync(text) : text;
  response.writeHead(status, {
    ...staticSecurityHeaders(),
    ...extra,
    "Content-Security-Policy": NOTHING_LOADS_CSP,
    "Content-Type": "application/json",
    // The same for everyone, but a takedown must leave it within seconds: browsers ask again each time.
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": body.byteLength,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
