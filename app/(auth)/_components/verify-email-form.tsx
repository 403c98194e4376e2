"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { confirmEmailChange } from "../_lib/verify-email-actions";
import { FormMessage, SubmitButton } from "@/app/_components/form-parts";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmEmailChange, idleForm);
  return (
    <form action={action} className="space-y-4" aria-label="Confirm your new email address">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Confirm new address</SubmitButton>
    </form>
  );
}
