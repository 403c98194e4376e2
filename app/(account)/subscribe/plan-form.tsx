"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { startTrialAction } from "./actions";

/** One plan's button. The error (e.g. payments unreachable) shows next to the button that was pressed. */
export function PlanForm({
  plan,
  returnTo,
  label,
  primary,
}: {
  plan: string;
  returnTo: string;
  label: string;
  primary: boolean;
}) {
  const [state, action, pending] = useActionState(startTrialAction, idleForm);
  const error = state.status === "error" ? (state.fieldErrors?.plan ?? state.message) : undefined;
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="plan" value={plan} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        disabled={pending}
        className={`w-full rounded-md px-4 py-3 font-semibold disabled:opacity-60 ${
          primary
            ? "bg-neutral-900 text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
            : "border border-neutral-900 hover:bg-neutral-100 dark:border-white dark:hover:bg-neutral-800"
        }`}
      >
        {pending ? "One moment…" : label}
      </button>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </form>
  );
}
