import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "./secret";

// Tokens of the form `<version>.<body>.<signature>` that the server hands out and later takes back as proof
// (a reading-time view, a briefing's unsubscribe link). Each purpose signs with its own key derived from
// AUTH_SECRET, so a token issued for one purpose never verifies for another. The body is the caller's
// (base64url); this module only signs it and checks the signature in constant time.

export interface TokenSigner {
  issue(body: string): string;
  /** The token's body, or null when it is malformed, of another version, or its signature is not ours. */
  verify(token: string): string | null;
}

/**
 * `purpose` derives the key; `context` (default: none) is signed before the body, for tokens that already
 * carry one (changing either breaks every token already issued).
 */
export function tokenSigner(purpose: string, version: string, context = ""): TokenSigner {
  let key: Buffer | undefined;
  const sign = (body: string) => {
    key ??= createHmac("sha256", getAuthSecret()).update(purpose).digest();
    return createHmac("sha256", key).update(`${version}.${context}${body}`).digest();
  };
  return {
    issue: (body) => `${version}.${body}.${sign(body).toString("base64url")}`,
    verify(token) {
      const [given, body, signature, extra] = token.split(".");
      if (given !== version || !body || !signature || extra !== undefined) return null;
      const actual = Buffer.from(signature, "base64url");
      const expected = sign(body);
      return actual.length === expected.length && timingSafeEqual(actual, expected) ? body : null;
    },
  };
}
