"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { secondaryButtonClass } from "../_components/field-classes";
import { FormMessage } from "../_components/form-message";
import { pauseTitleAction } from "./actions";

export function PauseButton({ id, name, active }: { id: number; name: string; active: boolean }) {
  const [state, action, pending] = useActionState(pauseTitleAction, idleForm);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="paused" value={active ? "true" : "false"} />
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {active ? "Pause" : "Resume"}
        <span className="sr-only"> {name}</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}
