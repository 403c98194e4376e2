"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { signUp } from "../_lib/sign-up-actions";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-parts";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signUp, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Create your account">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="name"
        label="Name (optional)"
        autoComplete="name"
        maxLength={100}
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
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
        autoComplete="new-password"
        required
        maxLength={200}
        hint="At least 10 characters. A few unrelated words work well."
        error={state.fieldErrors?.password}
      />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
