import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { User } from "@/lib/db/schema";
import { formError, formValues, invalidFields, type FormState } from "./form-state";
import { getCurrentUser, requireRole, requireUser } from "./session";

// The one way to write a server action: who may call it, what its form must hold, and what a failure
// says. An action built here cannot forget the identity check or the parse, and an unexpected error
// is logged with the action's name and answered with words, never a stack trace.

/** Who may call an action: anyone, any signed-in user, or at least an editor or an admin. */
export type Access = "public" | "user" | "editor" | "admin";
type CallerOf<A extends Access> = A extends "public" ? User | null : User;

interface ActionSpec<A extends Access, S extends z.ZodType> {
  /** Names the action in logs. */
  name: string;
  access: A;
  schema: S;
  /** Fields echoed back to the form on an error (React resets a form after its action). */
  echo?: string[];
  /** Where sign-in returns to when a visitor calls a signed-in action. */
  signInReturn?: string;
  /** Bad input answers this one message instead of errors beside the fields (e.g. a link's hidden token). */
  invalidMessage?: string;
}

interface ActionContext<A extends Access> {
  user: CallerOf<A>;
  values: Record<string, string>;
  formData: FormData;
}

const FAILED = "Something went wrong and nothing was changed. Please try again.";

async function callerFor<A extends Access>(access: A, signInReturn: string): Promise<CallerOf<A>> {
  if (access === "public") return (await getCurrentUser()) as CallerOf<A>;
  if (access === "user") return (await requireUser(signInReturn)) as CallerOf<A>;
  return (await requireRole(access === "admin" ? "admin" : "editor", signInReturn)) as CallerOf<A>;
}

/** The string entries of a form as an object for zod (repeated names become arrays). */
function formObject(formData: FormData): Record<string, string | string[]> {
  const entries: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = entries[key];
    entries[key] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return entries;
}

/** An action for `useActionState`: (previous state, form) → the form's new state. */
export function formAction<A extends Access, S extends z.ZodType>(
  spec: ActionSpec<A, S>,
  run: (input: z.output<S>, context: ActionContext<A>) => Promise<FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const user = await callerFor(spec.access, spec.signInReturn ?? "/");
    const values = formValues(formData, spec.echo ?? []);
    const parsed = spec.schema.safeParse(formObject(formData));
    if (!parsed.success)
      return spec.invalidMessage
        ? formError(spec.invalidMessage, values)
        : invalidFields(parsed.error, values);
    try {
      return await run(parsed.data, { user, values, formData });
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      console.error(`action ${spec.name} failed`, error);
      return { status: "error", message: FAILED, values };
    }
  };
}

/** An action for a plain `<form action>` (a button): it redirects or returns nothing. Bad input is a 400-like no-op. */
export function buttonAction<A extends Access, S extends z.ZodType>(
  spec: ActionSpec<A, S>,
  run: (input: z.output<S>, context: ActionContext<A>) => Promise<void>,
  onInvalid: (error: z.ZodError) => Promise<void> | void = () => undefined,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const user = await callerFor(spec.access, spec.signInReturn ?? "/");
    const parsed = spec.schema.safeParse(formObject(formData));
    if (!parsed.success) return onInvalid(parsed.error);
    await run(parsed.data, { user, values: {}, formData });
  };
}
