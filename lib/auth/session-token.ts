import "server-only";
import type { JWT } from "next-auth/jwt";
import { loadUser } from "./request-user";

// The JWT callback's logic: stamp the session version at sign-in, and on every later use compare it with
// the user row (a primary-key lookup, shared with getCurrentUser within the request). A bumped version
// (sign out everywhere, password change) or a deleted user ends the session.

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
    return { ...token, sub: signedIn.id, sessionVersion };
  }
  if (!token.sub) return null;
  const current = await currentSessionVersion(token.sub);
  if (current === null || current !== (token.sessionVersion ?? 0)) return null;
  return token;
}
