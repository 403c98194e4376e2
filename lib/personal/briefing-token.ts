import "server-only";
import { tokenSigner } from "@/lib/auth/signed-token";

// The briefing's one-click unsubscribe link works without signing in, so the link itself must prove whose
// briefing it stops: a token that carries the user id, signed with a key derived from AUTH_SECRET for this one
// purpose (a token signed for anything else, e.g. a reading-time view, never verifies here). It does not expire:
// an unsubscribe link in an old mail must still work, and all it can ever do is turn one reader's briefing off.

const signer = tokenSigner("newsstand:briefing-unsubscribe", "b1", "unsubscribe.");

export function issueUnsubscribeToken(userId: string): string {
  return signer.issue(Buffer.from(userId, "utf8").toString("base64url"));
}

/** The user id the token was issued for, or null when it is malformed, altered or not ours. */
export function verifyUnsubscribeToken(token: string): string | null {
  if (token.length > 512) return null;
  const body = signer.verify(token);
  const userId = body ? Buffer.from(body, "base64url").toString("utf8") : "";
  return userId.length > 0 ? userId : null;
}
