"use client";

import { useFormStatus } from "react-dom";

// Pieces every auth and account form uses: a labelled field with its error beside it, the submit button
// and the form-level message (announced to screen readers).

interface TextFieldProps {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "email" | "text";
  pattern?: string;
  autoFocus?: boolean;
  /** Needed when two forms on one page have a field of the same name (ids must be unique). */
  idPrefix?: string;
}

export function TextField({
  name,
  label,
  type = "text",
  error,
  hint,
  idPrefix = "field",
  ...rest
}: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-base dark:border-neutral-700 dark:bg-neutral-900 aria-invalid:border-red-700"
        {...rest}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface SubmitButtonProps {
  children: React.ReactNode;
  tone?: "primary" | "secondary" | "danger";
  /** Full width suits the narrow sign-in column; the account page's forms use a normal button. */
  block?: boolean;
  /** Submits the form to another action (one form, two ways to use what was typed). */
  formAction?: (formData: FormData) => void;
}

export function SubmitButton({ children, tone = "primary", block = true, formAction }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  const tones = {
    primary: "bg-brand-700 text-white hover:bg-brand-600",
    secondary:
      "border border-neutral-300 bg-white text-neutral-900 hover:bg-neutral-50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  };
  return (
    <button
      type="submit"
      formAction={formAction}
      disabled={pending}
      aria-disabled={pending}
      className={`${block ? "w-full" : ""} rounded-md px-4 py-2.5 font-semibold disabled:opacity-60 ${tones[tone]}`}
    >
      {pending ? "Please wait…" : children}
    </button>
  );
}

export function FormMessage({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  if (!message) return <div role="status" aria-live="polite" className="sr-only" />;
  const tone =
    status === "error"
      ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      : "border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100";
  return (
    <div
      role={status === "error" ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${tone}`}
    >
      {message}
    </div>
  );
}
