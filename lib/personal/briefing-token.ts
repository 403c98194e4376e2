import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";

// The briefing's one-click unsubscribe link works without signing in, so the link itself must prove whose
// briefing it stops: a token that carries the user id, signed with a key derived from AUTH_SECRET for this one
// purpose (a token signed for anything else, e.g. a reading-time view, never verifies here). It does not expire:
// an unsubscribe link in an old mail must still work, and all it can ever do is turn one reader's briefing off.

const VERSION = "b1";

let key: Buffer | undefined;
function signingKey(): Buffer {
  key ??= createHmac("sha256", getAuthSecret()).update("newsstand:briefing-unsubscribe").digest();
  return key;
}

function sign(body: string): Buffer {
  return createHmac("sha256", signingKey()).update(`${VERSION}.unsubscribe.${body}`).digest();
}

export function issueUnsubscribeToken(userId: string): string {
  const body = Buffer.from(userId, "utf8").toString("base64url");
  return `${VERSION}.${body}.${sign(body).toString("base64url")}`;
}

/** The user id the token was issued for, or null when it is malformed, altered or not ours. */
export function verifyUnsubscribeToken(token: string): string | null {
  if (token.length > 512) return null;
  const [version, body, signature, extra] = token.split(".");
  if (version !== VERSION || !body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = sign(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const userId = Buffer.from(body, "base64url").toString("utf8");
  return userId.length > 0 ? userId : null;
}
