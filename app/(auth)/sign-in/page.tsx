import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { listOAuthProviders } from "@/lib/auth/providers";
import { getCurrentUser } from "@/lib/auth/session";
import { describeSignInFailure } from "@/lib/auth/sign-in-errors";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "../_components/sign-in-forms";
import { firstParam, type SearchParams } from "../_lib/search-params";
import { signInWithProvider } from "../_lib/sign-in-actions";

export const metadata: Metadata = { title: "Sign in" };

// Errors Auth.js itself redirects here with (?error=…&code=…): direct API posts and Google/Apple.
function describeAuthJsError(error: string | undefined, code: string | undefined): string | undefined {
  if (!error) return undefined;
  if (error === "CredentialsSignin") return describeSignInFailure(code).message;
  if (error === "OAuthAccountNotLinked")
    return "That email already has an account. Sign in with your password or an email code.";
  return "Sign-in did not work. Please try again.";
}

const NOTICES: Record<string, string> = {
  "signed-out-everywhere": "You have been signed out on every device. Sign in again to continue here.",
};

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);
  const errorMessage = describeAuthJsError(firstParam(params.error), firstParam(params.code));
  const oauth = listOAuthProviders();
  const notice = NOTICES[firstParam(params.notice) ?? ""];
  return (
    <AuthCard
      title="Sign in"
      intro={
        <p>
          New to Newsstand?{" "}
          <Link href={`/sign-up?${new URLSearchParams({ callbackUrl })}`} className="font-medium underline">
            Create an account
          </Link>
        </p>
      }
    >
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {notice}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialMessage={errorMessage} />
      {oauth.map((provider) => (
        <form key={provider.id} action={signInWithProvider}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button
            type="submit"
            className="w-full rounded-md border border-neutral-300 px-4 py-2.5 font-semibold dark:border-neutral-700"
          >
            Continue with {provider.name}
          </button>
        </form>
      ))}
    </AuthCard>
  );
}
