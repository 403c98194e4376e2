import "server-only";
import {
  findUserByEmail,
  findUserById,
  insertUser,
  markEmailVerified,
  normaliseEmail,
} from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { sendMail } from "@/lib/email/send";
import {
  alreadyRegisteredMail,
  confirmSignUpMail,
  noAccountMail,
  noAccountResetMail,
  resetPasswordMail,
  signInMail,
} from "@/lib/email/templates";
import { issueToken, redeemCode, redeemLinkToken, type TokenFailure } from "./one-time-tokens";
import { hashPassword } from "./password";

// The mail-sending halves of sign-in by email, sign-up and password reset. Callers run these after the
// response (next/server `after`), so what the visitor sees and how long it takes never depends on whether
// the address has an account; the mail itself says which case it is.

export const SIGN_IN_PURPOSES = ["sign_in", "verify_email"] as const;

export function confirmLinkPath(token: string): string {
  return `/sign-in/confirm?token=${encodeURIComponent(token)}`;
}

export async function deliverSignInMail(rawEmail: string, callbackUrl = "/"): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const user = await findUserByEmail(email);
  if (!user) {
    // A token nobody can use, so typing codes for this address behaves as for one with an account.
    await issueToken({ purpose: "sign_in", email, withCode: true, decoy: true });
    return sendMail(noAccountMail(email));
  }
  const payload = { callbackUrl };
  const { token, code } = await issueToken({
    purpose: "sign_in",
    email,
    userId: user.id,
    payload,
    withCode: true,
  });
  await sendMail(signInMail(email, confirmLinkPath(token), code ?? ""));
}

/**
 * Sign-up creates nothing until the address is confirmed: the password hash waits in the token's payload,
 * so someone typing another person's address cannot squat the account or learn that it exists.
 */
export async function deliverSignUpMail(
  rawEmail: string,
  password: string,
  name: string | null,
  callbackUrl = "/",
): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const passwordHash = await hashPassword(password);
  const user = await findUserByEmail(email);
  if (user) {
    const payload = { callbackUrl };
    const { token, code } = await issueToken({
      purpose: "sign_in",
      email,
      userId: user.id,
      payload,
      withCode: true,
    });
    return sendMail(alreadyRegisteredMail(email, confirmLinkPath(token), code ?? ""));
  }
  const payload: Record<string, string> = { passwordHash, callbackUrl };
  if (name) payload.name = name;
  const { token, code } = await issueToken({ purpose: "verify_email", email, payload, withCode: true });
  await sendMail(confirmSignUpMail(email, confirmLinkPath(token), code ?? ""));
}

export async function deliverPasswordResetMail(rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const user = await findUserByEmail(email);
  if (!user) return sendMail(noAccountResetMail(email));
  const { token } = await issueToken({ purpose: "reset_password", email, userId: user.id });
  await sendMail(resetPasswordMail(email, `/reset-password?token=${encodeURIComponent(token)}`));
}

export type EmailSignInResult = { ok: true; user: User } | { ok: false; reason: TokenFailure };

/** Finishes sign-in (or a pending sign-up) from a typed code or a confirmed link. */
export async function completeEmailSignIn(
  input: { email: string; code: string } | { token: string },
): Promise<EmailSignInResult> {
  const purposes = [...SIGN_IN_PURPOSES];
  const redeemed =
    "token" in input
      ? await redeemLinkToken(input.token, purposes)
      : await redeemCode(normaliseEmail(input.email), input.code, purposes);
  if (!redeemed.ok) return redeemed;
  const row = redeemed.token;
  const existing = row.userId ? await findUserById(row.userId) : await findUserByEmail(row.email);
  if (existing) {
    // Typing a code from the mailbox proves the address.
    if (!existing.emailVerified) await markEmailVerified(existing.id);
    return { ok: true, user: existing };
  }
  if (row.purpose !== "verify_email") return { ok: false, reason: "invalid" }; // the account was deleted meanwhile
  const created = await insertUser({
    email: row.email,
    passwordHash: row.payload?.passwordHash ?? null,
    name: row.payload?.name ?? null,
    emailVerified: new Date(),
  });
  const user = created ?? (await findUserByEmail(row.email));
  return user ? { ok: true, user } : { ok: false, reason: "invalid" };
}

export function describeTokenFailure(reason: TokenFailure): string {
  switch (reason) {
    case "expired":
      return "That code or link has expired.";
    case "used":
      return "That code or link has already been used.";
    case "too-many-attempts":
      return "Too many wrong codes were tried.";
    default:
      return "That code is not right.";
  }
}
