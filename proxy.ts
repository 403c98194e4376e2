import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce, staticSecurityHeaders } from "@/lib/auth/security-headers";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

// Runs before every request: security headers (CSP with a per-request nonce) and optimistic redirects.
// The redirects only look at whether a session cookie exists; pages, layouts and server actions do the
// real checks (requireUser / requireRole), since a cookie may be stale or forged. No matcher: every
// response, build assets included, gets the headers.

const SIGNED_IN_ONLY = ["/account", "/admin"];

function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = buildCsp(nonce);
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  if (needsSignIn(pathname) && !hasSessionCookie(request.cookies.getAll()) && request.method === "GET") {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(target);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp); // Next.js takes the nonce from here
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders())) response.headers.set(name, value);
  return response;
}
