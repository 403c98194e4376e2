"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { idleForm, type FormState } from "@/lib/auth/form-state";
import { requestSignInEmail, signInWithPassword } from "../_lib/sign-in-actions";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-parts";

/**
 * One form, one Email field, two ways in: the password ("Sign in") or a mailed link and code (the second
 * button submits the same form to the email action). Two forms used to ask for the email twice.
 */
export function SignInForm({
  callbackUrl,
  initialMessage,
}: {
  callbackUrl: string;
  initialMessage?: string;
}) {
  const initial: FormState = initialMessage ? { status: "error", message: initialMessage } : idleForm;
  const [passwordState, passwordAction] = useActionState(signInWithPassword, initial);
  const [codeState, codeAction] = useActionState(requestSignInEmail, idleForm);
  // Whichever way was tried last speaks; the other one's answer is stale.
  const [last, setLast] = useState<"password" | "code">("password");
  const state = last === "code" ? codeState : passwordState;
  const submitPassword = (formData: FormData) => {
    setLast("password");
    passwordAction(formData);
  };
  const submitCode = (formData: FormData) => {
    setLast("code");
    codeAction(formData);
  };
  return (
    <form action={submitPassword} className="space-y-4" noValidate aria-label="Sign in">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        maxLength={200}
        error={last === "password" ? passwordState.fieldErrors?.password : undefined}
        hint="No password? Use the email code below."
      />
      <SubmitButton>Sign in</SubmitButton>
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot your password?
        </Link>
      </p>
      <div
        className="flex items-center gap-3 text-sm text-neutral-600 dark:text-neutral-400"
        aria-hidden="true"
      >
        <span className="h-px flex-1 bg-neutral-200 dark:bg-neutral-800" /> or{" "}
        <span className="h-px flex-1 bg-neutral-200 dark:bg-neutral-800" />
      </div>
      <SubmitButton tone="secondary" formAction={submitCode}>
        Email me a sign-in code
      </SubmitButton>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        We&apos;ll email you a sign-in link and a 6-digit code.
      </p>
    </form>
  );
}
