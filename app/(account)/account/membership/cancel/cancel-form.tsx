"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { cancelAction } from "../actions";
import { buttonClass, primaryClass } from "../button-styles";

/** Why they're leaving (both optional), then confirm; or go back without changing anything. */
export function CancelForm({
  reasons,
  confirmLabel,
}: {
  reasons: { value: string; label: string }[];
  confirmLabel: string;
}) {
  const [state, action, pending] = useActionState(cancelAction, idleForm);
  const chosen = state.values?.reason ?? "";
  return (
    <form action={action} className="mt-8 space-y-6" aria-label="Confirm cancellation">
      <fieldset>
        <legend className="font-semibold">Why are you leaving? (optional)</legend>
        <div className="mt-3 space-y-2">
          {reasons.map((r) => (
            <label key={r.value} className="flex items-center gap-3">
              <input type="radio" name="reason" value={r.value} defaultChecked={chosen === r.value} />
              {r.label}
            </label>
          ))}
        </div>
        {state.fieldErrors?.reason ? (
          <p className="mt-2 text-sm text-red-700 dark:text-red-400">{state.fieldErrors.reason}</p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor="cancel-comment" className="font-semibold">
          Anything you&apos;d like to tell us? (optional)
        </label>
        <textarea
          id="cancel-comment"
          name="comment"
          rows={4}
          maxLength={1000}
          defaultValue={state.values?.comment ?? ""}
          aria-describedby={state.fieldErrors?.comment ? "cancel-comment-error" : undefined}
          className="mt-2 block w-full rounded-md border border-neutral-400 p-2 dark:bg-neutral-900"
        />
        {state.fieldErrors?.comment ? (
          <p id="cancel-comment-error" className="mt-2 text-sm text-red-700 dark:text-red-400">
            {state.fieldErrors.comment}
          </p>
        ) : null}
      </div>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-4 text-red-900">
          {state.message}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryClass} disabled={pending}>
          {pending ? "One moment…" : confirmLabel}
        </button>
        <Link href="/account/membership" className={buttonClass}>
          Keep my membership
        </Link>
      </div>
    </form>
  );
}
