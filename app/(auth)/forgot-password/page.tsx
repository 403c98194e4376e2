import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "../_components/auth-card";
import { ForgotPasswordForm } from "../_components/password-forms";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      intro={<p>Tell us your email address and we&apos;ll send you a link to choose a new password.</p>}
    >
      <ForgotPasswordForm />
      <p className="text-sm">
        <Link href="/sign-in" className="underline">
          Back to sign in
        </Link>
      </p>
    </AuthCard>
  );
}
