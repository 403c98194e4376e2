"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { secondaryButtonClass } from "../_components/field-classes";
import { FormMessage } from "../_components/form-message";
import { retryJobAction } from "./actions";

export function RetryButton({ name, id }: { name: string; id: string }) {
  const [state, action, pending] = useActionState(retryJobAction, idleForm);
  return (
    <form action={action}>
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Retry<span className="sr-only"> the {name} job</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}
