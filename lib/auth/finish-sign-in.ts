import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { formError, type FormState } from "@/lib/auth/form-state";
import { describeSignInFailure } from "@/lib/auth/sign-in-errors";

// Runs an Auth.js Credentials sign-in from a server action: on success Auth.js sets the cookie and
// redirects (a thrown NEXT_REDIRECT, rethrown here); on failure the reason becomes a form message.

export async function finishSignIn(
  provider: "password" | "email-code",
  fields: Record<string, string>,
  redirectTo: string,
  values?: Record<string, string>,
): Promise<FormState> {
  try {
    await signIn(provider, { ...fields, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as { code?: string }).code;
      const { message, renew } = describeSignInFailure(code);
      return { ...formError(message, values), fieldErrors: renew ? { renew: "1" } : undefined };
    }
    throw error;
  }
  return formError("Something went wrong. Please try again.", values);
}
