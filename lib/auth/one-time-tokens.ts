import "server-only";
import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import {
  consumeToken,
  countCodeAttempt,
  findLatestToken,
  findTokenByHash,
  insertToken,
  retireTokens,
  type OneTimePurpose,
  type OneTimeToken,
} from "@/lib/db/queries/tokens";
import { getAuthSecret } from "./secret";

export type { OneTimePurpose };

// Email links and 6-digit codes. The link token (32 random bytes) is stored as a SHA-256; the code has only
// a million values, so it is stored as an HMAC keyed by AUTH_SECRET and the row id (a leaked table alone
// cannot be brute-forced), and a token allows MAX_CODE_ATTEMPTS guesses.

export const TOKEN_TTL_MS = 15 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;

export interface IssueInput {
  purpose: OneTimePurpose;
  email: string;
  userId?: string | null;
  payload?: Record<string, string> | null;
  withCode?: boolean;
  /** Stored like a mailed code but never sent, and no code matches it (addresses without an account). */
  decoy?: boolean;
}

export interface IssuedToken {
  token: string;
  code: string | null;
  expiresAt: Date;
}

export async function issueToken(input: IssueInput, now: Date = new Date()): Promise<IssuedToken> {
  const id = randomUUID();
  const token = randomBytes(32).toString("base64url");
  const code = input.withCode ? String(randomInt(0, 1_000_000)).padStart(6, "0") : null;
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS);
  await retireTokens(input.email, retiredTogether(input.purpose), now);
  await insertToken({
    id,
    purpose: input.purpose,
    email: input.email,
    userId: input.userId ?? null,
    tokenHash: hashToken(token),
    codeHash: input.decoy ? hashCode(id, randomBytes(16).toString("hex")) : code ? hashCode(id, code) : null,
    payload: input.payload ?? null,
    expiresAt,
  });
  return { token, code, expiresAt };
}

export type TokenFailure = "invalid" | "expired" | "used" | "too-many-attempts";
export type TokenResult = { ok: true; token: OneTimeToken } | { ok: false; reason: TokenFailure };

/** Looks at a link token without spending it (the GET of a link page: mail scanners must not consume it). */
export async function inspectLinkToken(
  token: string,
  purposes: OneTimePurpose[],
  now = new Date(),
): Promise<TokenResult> {
  const row = await findTokenByHash(hashToken(token));
  return judge(row, purposes, now);
}

/** Spends a link token (the confirm POST). */
export async function redeemLinkToken(
  token: string,
  purposes: OneTimePurpose[],
  now = new Date(),
): Promise<TokenResult> {
  const row = await findTokenByHash(hashToken(token));
  const verdict = judge(row, purposes, now);
  if (!verdict.ok) return verdict;
  const spent = await consumeToken(verdict.token.id, now);
  return spent ? { ok: true, token: spent } : { ok: false, reason: "used" };
}

/**
 * Checks a typed code against the newest token of these purposes for the email, counting the attempt.
 * Answers only "invalid" or "too-many-attempts" on failure, the same for every address (see the top).
 */
export async function redeemCode(
  email: string,
  code: string,
  purposes: OneTimePurpose[],
  now = new Date(),
): Promise<TokenResult> {
  const latest = await findLatestToken(email, purposes);
  const row = latest?.codeHash && purposes.includes(latest.purpose) ? latest : null;
  // The same queries and hashing whether or not a token (or an account) exists: a stand-in id matches no row.
  const id = row?.id ?? randomUUID();
  const attempts = await countCodeAttempt(id, MAX_CODE_ATTEMPTS, now);
  const matches = safeEqual(row?.codeHash ?? "", hashCode(id, code));
  if (!row) return { ok: false, reason: "invalid" };
  if (attempts === null) {
    const live = !row.usedAt && row.expiresAt.getTime() > now.getTime();
    return { ok: false, reason: live ? "too-many-attempts" : "invalid" };
  }
  if (!matches) return { ok: false, reason: attempts >= MAX_CODE_ATTEMPTS ? "too-many-attempts" : "invalid" };
  const spent = await consumeToken(row.id, now);
  return spent ? { ok: true, token: spent } : { ok: false, reason: "invalid" };
}

/** For links only: a link proves the mailbox, so wrong codes typed by anyone (a stranger too) do not spend it. */
function judge(row: OneTimeToken | null, purposes: OneTimePurpose[], now: Date): TokenResult {
  if (!row || !purposes.includes(row.purpose)) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, token: row };
}

// Sign-in and sign-up confirmation share the code entry page, so a new one of either retires both.
function retiredTogether(purpose: OneTimePurpose): OneTimePurpose[] {
  return purpose === "sign_in" || purpose === "verify_email" ? ["sign_in", "verify_email"] : [purpose];
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

function hashCode(id: string, code: string): string {
  return createHmac("sha256", getAuthSecret()).update(`${id}:${code}`).digest("base64url");
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
