"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { secondaryButtonClass } from "../_components/field-classes";
import { FormMessage } from "../_components/form-message";
import { runReconciliationAction } from "./reconciliation-actions";

export function ReconciliationButton() {
  const [state, action, pending] = useActionState(runReconciliationAction, idleForm);
  return (
    <form action={action} className="mb-4">
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Run the reconciliation now
      </button>
      <FormMessage state={state} />
    </form>
  );
}
