import type { FormState } from "@/lib/auth/form-state";

/** A form's outcome: errors are alerts (read out at once), successes a polite status. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <div role="status" aria-live="polite" />;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      className={`mt-3 rounded-md px-3 py-2 text-sm font-medium ${error ? "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200"}`}
    >
      {state.message}
    </p>
  );
}
