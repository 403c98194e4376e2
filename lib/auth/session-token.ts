import "server-only";
import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { isSessionRevoked, revokeSession } from "@/lib/db/queries/revoked-sessions";
import { loadUser } from "./request-user";

// The JWT callback's logic. At sign-in a token gets the user's session version and an id of its own (sid);
// on every later use the version is compared with the user row (a primary-key lookup, shared with
// getCurrentUser within the request) and the sid with the revocation list. A bumped version (sign out
// everywhere, password change) or a deleted user ends every session; signing out ends just that one.

/** How long a session lasts without use (Auth.js `session.maxAge`); also how long a revocation is kept. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

async function currentSessionVersion(id: string): Promise<number | null> {
  return (await loadUser(id))?.sessionVersion ?? null;
}

export async function refreshSessionToken(
  token: JWT,
  signedIn?: { id?: string; sessionVersion?: number },
): Promise<JWT | null> {
  if (signedIn?.id) {
    const sessionVersion = signedIn.sessionVersion ?? (await currentSessionVersion(signedIn.id));
    if (sessionVersion === null) return null;
    return { ...token, sub: signedIn.id, sessionVersion, sid: randomUUID() };
  }
  // A token without a sid predates per-session sign-out and could not be revoked: sign in again.
  if (!token.sub || !token.sid) return null;
  const [current, revoked] = await Promise.all([
    currentSessionVersion(token.sub),
    isSessionRevoked(token.sid),
  ]);
  if (revoked || current === null || current !== (token.sessionVersion ?? 0)) return null;
  return token;
}

/** Sign-out: this session's token (and every copy of its cookie) stops working; the user's others go on. */
export async function revokeSessionToken(token: JWT | null | undefined, now = new Date()): Promise<void> {
  if (!token?.sid || !token.sub) return;
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await revokeSession(token.sid, token.sub, expiresAt, now);
}
