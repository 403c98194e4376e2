import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGN_IN_PURPOSES } from "@/lib/auth/email-flows";
import { AuthCard } from "../../_components/auth-card";
import { ConfirmLinkForm } from "../../_components/code-forms";
import { LinkProblem } from "../../_components/link-problem";
import { readLinkToken } from "../../_lib/link-token";
import type { SearchParams } from "../../_lib/search-params";

export const metadata: Metadata = { title: "Confirm sign-in", referrer: "no-referrer" };

// The page an emailed link opens. Looking at it spends nothing (mail scanners fetch links too);
// the button's POST does.
export default async function ConfirmSignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { token, verdict, problem } = await readLinkToken(searchParams, [...SIGN_IN_PURPOSES]);
  if (!verdict?.ok) {
    return (
      <LinkProblem
        message={problem ?? ""}
        renewHref="/sign-in?method=email"
        renewLabel="Send me a new sign-in code"
      />
    );
  }
  const callbackUrl = safeCallbackPath(verdict.token.payload?.callbackUrl);
  const signingUp = verdict.token.purpose === "verify_email";
  return (
    <AuthCard
      title={signingUp ? "Confirm your email" : "Sign in to Newsstand"}
      intro={
        <p>
          Continue as <strong className="break-all">{verdict.token.email}</strong>.
        </p>
      }
    >
      <ConfirmLinkForm token={token} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
