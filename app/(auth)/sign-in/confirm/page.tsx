import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGN_IN_PURPOSES, describeTokenFailure } from "@/lib/auth/email-flows";
import { inspectLinkToken } from "@/lib/auth/one-time-tokens";
import { AuthCard } from "../../_components/auth-card";
import { ConfirmLinkForm } from "../../_components/code-forms";
import { firstParam, type SearchParams } from "../../_lib/search-params";

export const metadata: Metadata = { title: "Confirm sign-in", referrer: "no-referrer" };

// The page an emailed link opens. Looking at it spends nothing (mail scanners fetch links too);
// the button's POST does.
export default async function ConfirmSignInPage({ searchParams }: { searchParams: SearchParams }) {
  const token = (firstParam((await searchParams).token) ?? "").slice(0, 200);
  const verdict = token.length >= 20 ? await inspectLinkToken(token, [...SIGN_IN_PURPOSES]) : null;
  if (!verdict?.ok) {
    return (
      <AuthCard title="This link can't be used">
        <p role="alert">{verdict ? describeTokenFailure(verdict.reason) : "This sign-in link is incomplete."}</p>
        <p>
          <Link href="/sign-in?method=email" className="font-medium underline">
            Send me a new sign-in code
          </Link>
        </p>
      </AuthCard>
    );
  }
  const callbackUrl = safeCallbackPath(verdict.token.payload?.callbackUrl);
  const signingUp = verdict.token.purpose === "verify_email";
  return (
    <AuthCard
      title={signingUp ? "Confirm your email" : "Sign in to Newsstand"}
      intro={<p>Continue as <strong className="break-all">{verdict.token.email}</strong>.</p>}
    >
      <ConfirmLinkForm token={token} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
