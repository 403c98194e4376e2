import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "../_components/sign-up-form";
import { firstParam, type SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackPath(firstParam((await searchParams).callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Create your account"
      intro={
        <p>
          Already a member?{" "}
          <Link href={`/sign-in?${new URLSearchParams({ callbackUrl })}`} className="font-medium underline">
            Sign in here
          </Link>
        </p>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
