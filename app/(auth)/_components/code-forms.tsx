"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { confirmSignInLink, signInWithCode } from "../_lib/sign-in-actions";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-parts";

function RenewLink({ callbackUrl }: { callbackUrl: string }) {
  return (
    <p className="text-sm">
      <Link
        href={`/sign-in?${new URLSearchParams({ callbackUrl, method: "email" })}`}
        className="font-medium underline"
      >
        Send me a new code
      </Link>
    </p>
  );
}

export function CodeForm({ email, callbackUrl }: { email: string; callbackUrl: string }) {
  const [state, action] = useActionState(signInWithCode, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Enter your code">
      <FormMessage status={state.status} message={state.message} />
      {state.fieldErrors?.renew ? <RenewLink callbackUrl={callbackUrl} /> : null}
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="code"
        label="6-digit code"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={12}
        required
        autoFocus
        error={state.fieldErrors?.code}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}

export function ConfirmLinkForm({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const [state, action] = useActionState(confirmSignInLink, idleForm);
  return (
    <form action={action} className="space-y-4" aria-label="Confirm sign-in">
      <FormMessage status={state.status} message={state.message} />
      {state.fieldErrors?.renew ? <RenewLink callbackUrl={callbackUrl} /> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <SubmitButton>Sign in to Newsstand</SubmitButton>
    </form>
  );
}
