"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { startCheckout } from "@/lib/billing/checkout";
import { isPaymentsUnavailable } from "@/lib/billing/errors";
import { planKeySchema } from "@/lib/billing/plans";
import { getRequestOrigin } from "@/lib/billing/request-origin";
import { safeReturnTo } from "@/lib/billing/return-to";

// Start a free trial (or a membership, for someone who has had their trial): sign up first if needed,
// then Stripe Checkout. The form sends a plan key; a price id is never accepted from a browser.

const input = z.object({ plan: planKeySchema, returnTo: z.string().max(1000).optional() });

export interface StartTrialState {
  error?: string;
}

export async function startTrialAction(_prev: StartTrialState, form: FormData): Promise<StartTrialState> {
  const parsed = input.safeParse({ plan: form.get("plan"), returnTo: form.get("returnTo") ?? undefined });
  if (!parsed.success) return { error: "Please choose one of the plans shown." };
  const { plan } = parsed.data;
  const returnTo = safeReturnTo(parsed.data.returnTo);
  const user = await getCurrentUser();
  if (!user) {
    const back = `/subscribe?plan=${plan}&returnTo=${encodeURIComponent(returnTo)}`;
    redirect(`/sign-up?callbackUrl=${encodeURIComponent(back)}`);
  }
  let destination: string;
  try {
    const start = await startCheckout({ userId: user.id, plan, returnTo, origin: await getRequestOrigin() });
    destination = start.url;
  } catch (error) {
    if (isPaymentsUnavailable(error)) return { error: error.message };
    console.error("starting checkout failed", { userId: user.id, plan, error });
    return {
      error: "Something went wrong starting your membership. Nothing has been charged — please try again.",
    };
  }
  redirect(destination);
}
