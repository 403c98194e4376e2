"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { PLAN_KEYS } from "@/lib/billing/plans";
import { safeReturnTo } from "@/lib/billing/return-to";
import { checkoutOrMessage, continuePath } from "./start-checkout";

// Start a free trial (or a membership, for someone who has had their trial): sign up first if needed,
// then Stripe Checkout. The form sends a plan key; a price id is never accepted from a browser.

const startForm = z.object({
  plan: z.enum(PLAN_KEYS, { message: "Please choose one of the plans shown." }),
  returnTo: z.string().max(1000).optional(),
});

export const startTrialAction = formAction(
  { name: "subscribe.start", access: "public", schema: startForm },
  async ({ plan, returnTo: rawReturnTo }, { user }) => {
    const returnTo = safeReturnTo(rawReturnTo);
    // Not signed in: the choice travels through sign-up (or sign-in, linked from there) to
    // /subscribe/continue, which goes straight on to checkout with it.
    if (!user) redirect(`/sign-up?callbackUrl=${encodeURIComponent(continuePath(plan, returnTo))}`);
    const destination = await checkoutOrMessage(user.id, plan, returnTo);
    if (typeof destination !== "string") return destination;
    redirect(destination);
  },
);
