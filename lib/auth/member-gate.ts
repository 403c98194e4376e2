import "server-only";
import { getToken } from "next-auth/jwt";
import { canRead } from "@/lib/billing/entitlements";
import { settings } from "@/lib/config/settings";
import { findCurrentMembership } from "@/lib/db/queries/memberships";
import { hasAnyMute } from "@/lib/db/queries/reader-follows";
import { isSessionRevoked } from "@/lib/db/queries/revoked-sessions";
import { findUserById } from "@/lib/db/queries/users";
import { getAuthSecret } from "./secret";

// THE gate in front of the members' shared page copies (lib/content/page-cache.ts): proxy.ts serves a copy,
// body included, only to a request this says yes to. It asks what the pages ask, from the request alone: a
// session cookie that decrypts (Auth.js's own getToken), whose session version matches the user row and whose
// session id was not signed out (lib/auth/session-token.ts), and a membership canRead allows now. Anything else
// (no cookie, a forged or expired one, a lapsed or unconfirmed membership, a database error) is "no": the
// request goes on to Next, which renders the page for who is really asking.
//
// A reader who mutes anything is "no" too: their lists differ from the shared copy's (mutes are applied on the
// server, per request), so they get their own render.

export async function mayServeMemberCopy(request: Request): Promise<boolean> {
  try {
    const token = await getToken({
      req: request,
      secret: getAuthSecret(),
      secureCookie: settings.appUrl.startsWith("https://"),
    });
    if (!token?.sub || !token.sid) return false;
    const [user, revoked, membership, mutes] = await Promise.all([
      findUserById(token.sub),
      isSessionRevoked(token.sid),
      findCurrentMembership(token.sub),
      hasAnyMute(token.sub),
    ]);
    if (!user || revoked || mutes || user.sessionVersion !== (token.sessionVersion ?? 0)) return false;
    return canRead(user, membership, new Date()).allowed;
  } catch (error) {
    console.error("member gate: refused after an error", error);
    return false;
  }
}
