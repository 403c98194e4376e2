import type { Metadata } from "next";
import { AuthCard } from "../_components/auth-card";
import { LinkProblem } from "../_components/link-problem";
import { ResetPasswordForm } from "../_components/password-forms";
import { readLinkToken } from "../_lib/link-token";
import type { SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token, verdict, problem } = await readLinkToken(searchParams, ["reset_password"]);
  if (!verdict?.ok)
    return (
      <LinkProblem
        message={problem ?? ""}
        renewHref="/forgot-password"
        renewLabel="Send me a new reset link"
      />
    );
  return (
    <AuthCard
      title="Choose a new password"
      intro={
        <p>
          For <strong className="break-all">{verdict.token.email}</strong>.
        </p>
      }
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
