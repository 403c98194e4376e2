"use client";

import { useActionState } from "react";
import Link from "next/link";
import { idleForm } from "@/lib/auth/form-state";
import { buttonClass, secondaryButtonClass } from "../_components/field-classes";
import { FormMessage } from "../_components/form-message";
import { closePayoutMonthAction } from "./actions";

// The confirmation step of a close: the second, deliberate click that freezes the month.
export function CloseMonthForm({ month, name }: { month: string; name: string }) {
  const [state, action, pending] = useActionState(closePayoutMonthAction, idleForm);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="month" value={month} />
      <input type="hidden" name="confirm" value="yes" />
      <button type="submit" className={buttonClass} disabled={pending}>
        Yes, close {name}
      </button>
      <Link href={`/admin/payouts?month=${month}`} className={secondaryButtonClass}>
        Cancel
      </Link>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
