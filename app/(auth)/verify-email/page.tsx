import type { Metadata } from "next";
import Link from "next/link";
import { describeTokenFailure } from "@/lib/auth/email-flows";
import { inspectLinkToken } from "@/lib/auth/one-time-tokens";
import { AuthCard } from "../_components/auth-card";
import { VerifyEmailForm } from "../_components/verify-email-form";
import { firstParam, type SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

// Opened from the change-of-address mail. The GET only shows the button; the POST makes the change.
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const token = (firstParam((await searchParams).token) ?? "").slice(0, 200);
  const verdict = token.length >= 20 ? await inspectLinkToken(token, ["change_email"]) : null;
  if (!verdict?.ok) {
    return (
      <AuthCard title="This link can't be used">
        <p role="alert">{verdict ? describeTokenFailure(verdict.reason) : "This link is incomplete."}</p>
        <p>
          <Link href="/account" className="font-medium underline">
            Change your email from your account page
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Confirm your new email address" intro={<p>Your account will use <strong className="break-all">{verdict.token.payload?.newEmail}</strong>.</p>}>
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
