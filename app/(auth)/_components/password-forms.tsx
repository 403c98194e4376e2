"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { requestPasswordReset, resetPassword } from "../_lib/password-actions";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-parts";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordReset, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Reset your password">
      <FormMessage status={state.status} message={state.message} />
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
      <SubmitButton>Email me a reset link</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPassword, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Choose a new password">
      <FormMessage status={state.status} message={state.message} />
      {state.fieldErrors?.renew ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium underline">
            Send me a new reset link
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={200}
        hint="At least 10 characters. This signs you out on your other devices."
        error={state.fieldErrors?.password}
      />
      <SubmitButton>Set new password</SubmitButton>
    </form>
  );
}
