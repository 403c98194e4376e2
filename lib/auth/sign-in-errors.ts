import { CredentialsSignin } from "next-auth";
import { rateLimitMessage } from "./rate-limit-message";

// Reasons a Credentials sign-in failed, carried in CredentialsSignin.code so the server action (or the
// /sign-in?error=…&code=… redirect of a direct POST) can say something useful. Never says whether an
// account exists.

export type SignInFailureCode =
  | "credentials"
  | "invalid-input"
  | "code-invalid"
  | "code-expired"
  | "code-used"
  | "code-too-many-attempts"
  | `rate-limited-${number}`;

export class SignInFailure extends CredentialsSignin {
  constructor(code: SignInFailureCode) {
    super(code);
    this.code = code;
  }
}

export function parseRetryAfter(code: string | undefined): number | null {
  const match = /^rate-limited-(\d+)$/.exec(code ?? "");
  return match?.[1] ? Number(match[1]) : null;
}

/** What the person sees for a failed sign-in; `renew` is true when a new email code would help. */
export function describeSignInFailure(code: string | undefined): { message: string; renew: boolean } {
  const retry = parseRetryAfter(code);
  if (retry !== null) {
    return { message: rateLimitMessage(retry), renew: false };
  }
  switch (code) {
    case "code-invalid":
      return {
        message: "That code is not right, or has expired. Check the newest email from us and try again.",
        renew: true,
      };
    case "code-expired":
      return { message: "That code or link has expired. We can send you a new one.", renew: true };
    case "code-used":
      return { message: "That code or link has already been used. We can send you a new one.", renew: true };
    case "code-too-many-attempts":
      return { message: "Too many wrong codes were tried. Please ask for a new one.", renew: true };
    case "invalid-input":
      return { message: "Please check what you typed and try again.", renew: false };
    default:
      return {
        message: "That email and password don't match. Check them, or sign in with an email code instead.",
        renew: false,
      };
  }
}
