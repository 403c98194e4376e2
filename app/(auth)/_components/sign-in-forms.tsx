"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleForm, type FormState } from "@/lib/auth/form-state";
import { requestSignInEmail, signInWithPassword } from "../_lib/sign-in-actions";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-parts";

export function PasswordSignInForm({
  callbackUrl,
  initialMessage,
}: {
  callbackUrl: string;
  initialMessage?: string;
}) {
  const initial: FormState = initialMessage ? { status: "error", message: initialMessage } : idleForm;
  const [state, action] = useActionState(signInWithPassword, initial);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Sign in with your password">
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
        required
        maxLength={200}
        error={state.fieldErrors?.password}
      />
      <SubmitButton>Sign in</SubmitButton>
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(requestSignInEmail, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Sign in with an email code">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        idPrefix="email-code"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        hint="We'll email you a sign-in link and a 6-digit code."
      />
      <SubmitButton tone="secondary">Email me a sign-in code</SubmitButton>
    </form>
  );
}
