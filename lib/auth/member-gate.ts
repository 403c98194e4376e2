import "server-only";
import { LRUCache } from "lru-cache";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { canRead, type ReadDecision } from "@/lib/billing/entitlements";
import { settings } from "@/lib/config/settings";
import { readGateFactsKept, type GateFacts, type ReaderBasics } from "@/lib/db/queries/member-gate";
import { getAuthSecret } from "./secret";
import { PLAIN_SESSION_COOKIE } from "./session-cookie";

// THE gate in front of the members' shared page copies (lib/content/page-cache.ts): proxy.ts serves a copy,
// body included, only to a request this says yes to. It asks what the pages ask, from the request alone: a
// session cookie that decrypts (Auth.js's own token format), whose session version matches the user row and
// whose session id was not signed out (lib/auth/session-token.ts), and a membership canRead allows now.
// Anything else (no cookie, a forged or expired one, a lapsed or unconfirmed membership, a database error) is
// "no": the request goes on to Next, which renders the page for who is really asking.
//
// A reader's mutes do not matter here: the copy holds every card, and their browser hides what they muted
// (app/_components/muted-in-browser.tsx), as their own render would on the server.

/**
 * Decrypted session tokens by their cookie's exact text: the cookie is authenticated encryption, so the same
 * text always decrypts to the same claims, and decrypting (HKDF, then AES) is a good part of the gate's CPU.
 * Expiry is checked on every use; everything that can change (version, sign-out, membership) is read each time
 * (on PGlite kept in memory until any write to it commits: readGateFactsKept).
 */
const tokens = new LRUCache<string, JWT>({ max: 10_000, ttl: 5 * 60_000 });

/** What the gate reads of a request: its headers (a Fetch Request, or the cookie alone). */
export type GateRequest = { headers: Headers };

async function sessionToken(request: GateRequest): Promise<JWT | null> {
  const secureCookie = settings.appUrl.startsWith("https://");
  const raw = await getToken({ req: request, secret: getAuthSecret(), secureCookie, raw: true });
  if (!raw) return null;
  let token = tokens.get(raw);
  if (!token) {
    const salt = `${secureCookie ? "__Secure-" : ""}${PLAIN_SESSION_COOKIE}`;
    // Forged, tampered, expired or made with another secret: not a session (Auth.js says the same).
    const decoded = await decode({ token: raw, secret: getAuthSecret(), salt }).catch(() => null);
    if (!decoded) return null;
    tokens.set(raw, decoded);
    token = decoded;
  }
  return typeof token.exp === "number" && token.exp * 1000 > Date.now() ? token : null;
}

export interface RequestReader {
  userId: string;
  facts: GateFacts & { basics?: ReaderBasics };
}

/**
 * The signed-in reader of `request`, checked as Auth.js's JWT callback checks a session (lib/auth/session-token.ts:
 * version and sign-out), or null; `withParts` adds their saved ids and follows (ReaderBasics) from the same
 * statement. Throws only when the database does.
 */
export async function readerOfRequest(
  request: GateRequest,
  withParts?: { savedLimit: number },
): Promise<RequestReader | null> {
  const token = await sessionToken(request);
  if (!token?.sub || !token.sid) return null;
  const facts = await readGateFactsKept(token.sub, token.sid, withParts);
  if (!facts || facts.revoked || facts.sessionVersion !== (token.sessionVersion ?? 0)) return null;
  return { userId: token.sub, facts };
}

/** What canRead says of this reader now. */
export function readDecisionOf({ userId, facts }: RequestReader): ReadDecision {
  return canRead({ id: userId, role: facts.role }, facts.membership, new Date());
}

export async function mayServeMemberCopy(request: GateRequest): Promise<boolean> {
  try {
    const reader = await readerOfRequest(request);
    return reader !== null && readDecisionOf(reader).allowed;
  } catch (error) {
    console.error("member gate: refused after an error", error);
    return false;
  }
}
