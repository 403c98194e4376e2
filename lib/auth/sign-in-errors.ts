import { CredentialsSignin } from "next-auth";

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
