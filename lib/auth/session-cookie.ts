// Auth.js session cookie names (plain on http, __Secure- on https; large tokens are chunked as .0, .1, …).
// Used to skip all session work for visitors who have no cookie at all.

/** The session cookie's name on http (the tests' and local APP_URL); https adds the __Secure- prefix. */
export const PLAIN_SESSION_COOKIE = "authjs.session-token";
const SESSION_COOKIES = [PLAIN_SESSION_COOKIE, `__Secure-${PLAIN_SESSION_COOKIE}`];

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`));
}

export function hasSessionCookie(cookies: Array<{ name: string }>): boolean {
  return cookies.some((c) => isSessionCookieName(c.name));
}

/** The same question of a raw `Cookie` header (the Node server's request, before Next parses it). */
export function hasSessionCookieHeader(header: string | undefined): boolean {
  if (!header) return false;
  return hasSessionCookie(header.split(";").map((pair) => ({ name: pair.split("=", 1)[0]?.trim() ?? "" })));
}
