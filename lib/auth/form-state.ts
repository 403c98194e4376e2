import type { z } from "zod";

// What a form's server action answers (useActionState): a message for the whole form, errors beside fields,
// and the typed values to put back (React resets a form after its action runs).

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export const idleForm: FormState = { status: "idle" };

export function formError(message: string, values?: Record<string, string>): FormState {
  return { status: "error", message, values };
}

/** An error pinned to one field: a summary for the form, the detail beside the field. */
export function fieldError(
  summary: string,
  field: string,
  detail: string,
  values?: Record<string, string>,
): FormState {
  return { status: "error", message: summary, fieldErrors: { [field]: detail }, values };
}

export function invalidFields(error: z.ZodError, values?: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] ??= issue.message;
  }
  return { status: "error", message: "Please check the highlighted fields.", fieldErrors, values };
}

/** The string fields of a submitted form (files and other entries are ignored), each capped so echoing it back stays cheap. */
export function formValues(formData: FormData, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? value.slice(0, 2000) : "";
  }
  return values;
}
