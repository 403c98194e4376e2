import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce, staticSecurityHeaders } from "@/lib/auth/security-headers";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { prerenderedScriptHashes } from "@/lib/auth/static-page-csp";
import { refuseHostileRequest, refusalResponse } from "@/lib/http/hostile-requests";
import { goneResponse, isGonePath } from "@/lib/content/gone";
import { SHARED_MEMBER_HEADER } from "@/lib/auth/shared-render-header";
import { pageRender, RENDER_HEADER } from "@/lib/content/page-cache";

// Runs before every request: security headers (CSP with a per-request nonce) and optimistic redirects.
// The redirects only look at whether a session cookie exists; pages, layouts and server actions do the
// real checks (requireUser / requireRole), since a cookie may be stale or forged. No matcher: every
// response, build assets included, gets the headers.

const SIGNED_IN_ONLY = ["/account", "/admin"];

function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function withSecurityHeaders<T extends Response>(response: T, csp: string): T {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders())) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest) {
  // The page cache's own render request carries the placeholder nonce; every other request gets a fresh one.
  const render = pageRender(request.headers.get(RENDER_HEADER));
  const nonce = render?.nonce ?? createNonce();
  const { pathname, search } = request.nextUrl;
  const csp = buildCsp(nonce, prerenderedScriptHashes(pathname));
  const signedIn = hasSessionCookie(request.cookies.getAll());

  const refusal = await refuseHostileRequest(request, pathname);
  if (refusal) return withSecurityHeaders(refusalResponse(refusal), csp);

  // A story the newsroom took down answers 410 with a short notice, for every visitor and member alike.
  if (await isGonePath(pathname)) return withSecurityHeaders(goneResponse(), csp);

  // Pages the page cache holds were answered before Next (lib/http/page-cache-lane.ts): what reaches this
  // point is rendered for whoever is asking.

  let response: NextResponse;
  if (needsSignIn(pathname) && !signedIn && request.method === "GET") {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(target);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp); // Next.js takes the nonce from here
    requestHeaders.delete(RENDER_HEADER);
    // Only the page cache's own render of a members' copy renders as "a member, no one in particular".
    requestHeaders.delete(SHARED_MEMBER_HEADER);
    if (render?.member) requestHeaders.set(SHARED_MEMBER_HEADER, "1");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  return withSecurityHeaders(response, csp);
}
