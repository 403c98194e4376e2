import "server-only";
import { encode } from "next-auth/jwt";
import { getAuthSecret } from "../secret";
import { PLAIN_SESSION_COOKIE } from "../session-cookie";
import { refreshSessionToken } from "../session-token";

// Tests only: the session cookie Auth.js would set for `user` after signing in, made as Auth.js makes it (same
// token claims, same encryption), so a test can send requests as that reader without a browser.

/** `authjs.session-token=…` (the http name, as in tests) for this user's current session version. */
export async function sessionCookieFor(user: { id: string; sessionVersion: number }): Promise<string> {
  const token = await refreshSessionToken({}, { id: user.id, sessionVersion: user.sessionVersion });
  if (!token) throw new Error(`no session token for ${user.id}`);
  return `${PLAIN_SESSION_COOKIE}=${await encode({ token, secret: getAuthSecret(), salt: PLAIN_SESSION_COOKIE })}`;
}
