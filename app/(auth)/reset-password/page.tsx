import type { Metadata } from "next";
import Link from "next/link";
import { describeTokenFailure } from "@/lib/auth/email-flows";
import { inspectLinkToken } from "@/lib/auth/one-time-tokens";
import { AuthCard } from "../_components/auth-card";
import { ResetPasswordForm } from "../_components/password-forms";
import { firstParam, type SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = (firstParam((await searchParams).token) ?? "").slice(0, 200);
  const verdict = token.length >= 20 ? await inspectLinkToken(token, ["reset_password"]) : null;
  if (!verdict?.ok) {
    return (
      <AuthCard title="This link can't be used">
        <p role="alert">{verdict ? describeTokenFailure(verdict.reason) : "This reset link is incomplete."}</p>
        <p>
          <Link href="/forgot-password" className="font-medium underline">
            Send me a new reset link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro={<p>For <strong className="break-all">{verdict.token.email}</strong>.</p>}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
