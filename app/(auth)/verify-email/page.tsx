import type { Metadata } from "next";
import { AuthCard } from "../_components/auth-card";
import { LinkProblem } from "../_components/link-problem";
import { VerifyEmailForm } from "../_components/verify-email-form";
import { readLinkToken } from "../_lib/link-token";
import type { SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

// Opened from the change-of-address mail. The GET only shows the button; the POST makes the change.
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token, verdict, problem } = await readLinkToken(searchParams, ["change_email"]);
  if (!verdict?.ok) {
    return (
      <LinkProblem
        message={problem ?? ""}
        renewHref="/account"
        renewLabel="Change your email from your account page"
      />
    );
  }
  return (
    <AuthCard
      title="Confirm your new email address"
      intro={
        <p>
          Your account will use <strong className="break-all">{verdict.token.payload?.newEmail}</strong>.
        </p>
      }
    >
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
