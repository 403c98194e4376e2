"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { buttonClass, secondaryButtonClass } from "../_components/field-classes";
import { Field, SelectField } from "../_components/field";
import { FormMessage } from "../_components/form-message";
import { changeRoleAction, grantRoleAction } from "./actions";

export function GrantRoleForm() {
  const [state, action, pending] = useActionState(grantRoleAction, idleForm);
  return (
    <form action={action} aria-label="Grant a role" className="space-y-3" noValidate>
      <Field id="grant-email" label="Email of their account" error={state.fieldErrors?.email}>
        {(control) => <input name="email" type="email" defaultValue={state.values?.email} {...control} />}
      </Field>
      <SelectField
        id="grant-role"
        name="role"
        label="Role"
        defaultValue="editor"
        options={[
          {
            value: "editor",
            label: "Editor: curates picks and the front page, edits and takes down stories",
          },
          { value: "admin", label: "Admin: everything an editor does, plus titles and people" },
        ]}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        Grant
      </button>
      <FormMessage state={state} />
    </form>
  );
}

/** The role changes that make sense for one person on the list. */
export function RoleButtons({ person }: { person: { id: string; email: string; role: string } }) {
  const [state, action, pending] = useActionState(changeRoleAction, idleForm);
  const choices =
    person.role === "admin"
      ? [{ role: "editor", label: "Make editor" }]
      : [
          { role: "reader", label: "Revoke editor" },
          { role: "admin", label: "Make admin" },
        ];
  return (
    <div>
      <div className="flex gap-2">
        {choices.map((choice) => (
          <form key={choice.role} action={action}>
            <input type="hidden" name="userId" value={person.id} />
            <input type="hidden" name="role" value={choice.role} />
            <button type="submit" className={secondaryButtonClass} disabled={pending}>
              {choice.label}
              <span className="sr-only"> ({person.email})</span>
            </button>
          </form>
        ))}
      </div>
      <FormMessage state={state} />
    </div>
  );
}
