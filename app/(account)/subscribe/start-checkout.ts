import "server-only";
import { formError, type FormState } from "@/lib/auth/form-state";
import { startCheckout } from "@/lib/billing/checkout";
import { isPaymentsUnavailable } from "@/lib/billing/errors";
import type { PlanKey } from "@/lib/billing/plans";
import { getRequestOrigin } from "@/lib/billing/request-origin";

// Shared by the plan buttons and /subscribe/continue (a plan chosen before signing up).

/** Where a visitor's chosen plan waits while they sign up or sign in. */
export function continuePath(plan: PlanKey, returnTo: string): string {
  return `/subscribe/continue?${new URLSearchParams({ plan, returnTo })}`;
}

/** Checkout's URL for a signed-in user (or their membership page), or words for the form when it can't start. */
export async function checkoutOrMessage(
  userId: string,
  plan: PlanKey,
  returnTo: string,
): Promise<string | FormState> {
  try {
    const start = await startCheckout({ userId, plan, returnTo, origin: await getRequestOrigin() });
    return start.url;
  } catch (error) {
    if (isPaymentsUnavailable(error)) return formError(error.message);
    console.error("starting checkout failed", { userId, plan, error });
    return formError(
      "Something went wrong starting your membership. Nothing has been charged — please try again.",
    );
  }
}
