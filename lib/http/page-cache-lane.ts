import type { IncomingMessage, ServerResponse } from "node:http";
import { mayServeMemberCopy } from "@/lib/auth/member-gate";
import { buildCsp, createNonce, staticSecurityHeaders } from "@/lib/auth/security-headers";
import { hasSessionCookieHeader } from "@/lib/auth/session-cookie";
import { settings } from "@/lib/config/settings";
import { isGonePath } from "@/lib/content/gone";
import {
  answerFromPageCache,
  cacheablePageKey,
  memberCopyKey,
  type PageAnswer,
} from "@/lib/content/page-cache";
import { hasUndecodablePath } from "./hostile-requests";

// The page cache's pages (lib/content/page-cache.ts) are answered here, on the Node server's request event
// (server-hooks.ts), before Next.js sees the request. Answered from proxy.ts, each copy went through Next's
// router, a Fetch Request and Response and a web stream to reach the socket: more CPU than the copy itself
// (profiled: the home page's 200 KB through the proxy's Response was a third of a hit's time).
//
// The rules are proxy.ts's, in its order: an undecodable path or a story taken down goes on to Next (the
// proxy answers 400 or 410); a signed-in reader gets the members' copy only when the member gate says yes
// (lib/auth/member-gate.ts); everything else (no page to answer, a render that failed, the gate's "no") goes
// on to Next unchanged, which renders the page for whoever is asking.

/** The page a request may be answered with from the cache: its key, and whether a member gate stands first. */
interface Lane {
  key: string;
  pathname: string;
  signedIn: boolean;
}

/** The lane for this request, or null when it is not one the page cache answers (decided without waiting). */
export function pageCacheLane(request: IncomingMessage): Lane | null {
  const target = request.url ?? "";
  // Only origin-form targets ("/path?query"): "//host/…" would parse as another host's URL.
  if (!target.startsWith("/") || target.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(target, "http://page-cache.invalid");
  } catch {
    return null;
  }
  if (hasUndecodablePath(url.pathname)) return null;
  // HEAD is GET without the body: answered from the same page, or each one would be a render.
  const method = request.method === "HEAD" ? "GET" : (request.method ?? "");
  const visitorKey = cacheablePageKey(method, url, (name) => request.headers[name] !== undefined);
  if (visitorKey === null) return null;
  const signedIn = hasSessionCookieHeader(request.headers.cookie);
  const key = signedIn ? memberCopyKey(visitorKey) : visitorKey;
  return key === null ? null : { key, pathname: url.pathname, signedIn };
}

/**
 * Answers `request` from the page cache when its rules allow; false when it must go on to Next (nothing has
 * been written then). Never throws.
 */
export async function answerFromLane(
  lane: Lane,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  let answer: PageAnswer | null;
  let nonce: string;
  try {
    if (await isGonePath(lane.pathname)) return false;
    if (lane.signedIn && !(await mayServeMemberCopy({ headers: cookieHeaders(request) }))) return false;
    const encoding = acceptsGzip(request.headers["accept-encoding"]) ? "gzip" : "identity";
    nonce = createNonce(); // only for a request the cache may answer
    answer = await answerFromPageCache(lane.key, nonce, originOf(request), encoding);
  } catch (error) {
    console.error("page cache: not answered", lane.key, error);
    return false;
  }
  if (!answer) return false;
  try {
    send(answer, nonce, response, request.method !== "HEAD");
  } catch (error) {
    console.error("page cache: sending failed", lane.key, error);
    response.destroy(); // headers may be out: too late for Next to answer instead
  }
  return true;
}

function cookieHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  if (request.headers.cookie) headers.set("cookie", request.headers.cookie);
  return headers;
}

/** Where the page cache renders a page it lacks: this very server (or INTERNAL_URL). */
function originOf(request: IncomingMessage): string {
  return settings.INTERNAL_URL ?? `http://127.0.0.1:${request.socket.localPort ?? settings.PORT}`;
}

/**
 * Whether an Accept-Encoding header takes gzip ("gzip", "gzip;q=0.8", not "gzip;q=0"): the cache keeps every
 * page compressed too (gzip-with-nonce.ts).
 */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((item) => {
    const [coding, ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    return coding === "gzip" && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function send(answer: PageAnswer, nonce: string, response: ServerResponse, withBody: boolean): void {
  for (const [name, value] of answer.headers) response.appendHeader(name, value);
  response.setHeader("Content-Security-Policy", buildCsp(nonce));
  for (const [name, value] of Object.entries(staticSecurityHeaders())) response.setHeader(name, value);
  response.setHeader("x-page-cache", answer.cache);
  if (!/accept-encoding/i.test(String(response.getHeader("vary") ?? "")))
    response.appendHeader("Vary", "Accept-Encoding");
  if (answer.encoding === "gzip") response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", answer.body.byteLength);
  response.writeHead(answer.status);
  if (withBody) response.end(answer.body);
  else response.end();
}
