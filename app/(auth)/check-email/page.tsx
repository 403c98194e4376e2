import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { AuthCard } from "../_components/auth-card";
import { CodeForm } from "../_components/code-forms";
import { firstParam, type SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const email = (firstParam(params.email) ?? "").slice(0, 254);
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));
  if (!email.includes("@")) redirect(`/sign-in?${new URLSearchParams({ callbackUrl })}`);
  const signingUp = firstParam(params.for) === "sign-up";
  return (
    <AuthCard
      title="Check your email"
      intro={
        <p>
          We sent an email to <strong className="break-all">{email}</strong>.{" "}
          {signingUp ? "To finish creating your account, type" : "Type"} the 6-digit code from it below, or
          use the link in the email. Both work for 15 minutes.
        </p>
      }
    >
      <CodeForm email={email} callbackUrl={callbackUrl} />
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        No email? Check your spam folder, or{" "}
        <Link href={`/sign-in?${new URLSearchParams({ callbackUrl })}`} className="font-medium underline">
          ask for a new code
        </Link>
        .
      </p>
    </AuthCard>
  );
}
