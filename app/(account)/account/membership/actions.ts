"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { buttonAction, formAction } from "@/lib/auth/action";
import type { FormState } from "@/lib/auth/form-state";
import { cancelFormSchema } from "@/lib/billing/cancel-reasons";
import { isPaymentsUnavailable } from "@/lib/billing/errors";
import {
  cancelAtPeriodEnd,
  resumePaused,
  switchPlan,
  undoCancel,
  type ManageResult,
} from "@/lib/billing/manage";
import { planKeySchema } from "@/lib/billing/plans";
import { createPortalUrl } from "@/lib/billing/portal";
import { getRequestOrigin } from "@/lib/billing/request-origin";

// The membership page's buttons and forms. Each is built with buttonAction/formAction (who may call it, what
// the form must hold); the outcome comes back as a code in ?notice= or ?error= that the page turns into
// words (never text from the URL).

const PAGE = "/account/membership";
type Notice = "canceled" | "undone" | "switched" | "resumed";

/** Where a change sends the reader: the page with a notice, or with an error code. */
async function outcomeOf(
  work: () => Promise<ManageResult | string | null>,
  notice?: Notice,
): Promise<string> {
  try {
    const result = await work();
    if (typeof result === "string") return result;
    if (result === null) return `${PAGE}?error=not-found`;
    return result.ok ? `${PAGE}?notice=${notice ?? "done"}` : `${PAGE}?error=${result.code}`;
  } catch (error) {
    if (!isPaymentsUnavailable(error)) console.error("membership action failed", error);
    return `${PAGE}?error=${isPaymentsUnavailable(error) ? "unavailable" : "failed"}`;
  }
}

const user = { access: "user", signInReturn: PAGE } as const;
const badInput = () => redirect(`${PAGE}?error=failed`);

export const openPortalAction = buttonAction(
  {
    name: "membership.portal",
    ...user,
    schema: z.object({ flow: z.enum(["payment_method_update"]).optional() }),
  },
  async ({ flow }, { user: me }) => {
    const returnUrl = `${await getRequestOrigin()}${PAGE}`;
    redirect(await outcomeOf(() => createPortalUrl(me.id, returnUrl, flow ?? "default")));
  },
  badInput,
);

/** The confirmation step's form: the reason is optional; a bad one is said beside the field. */
export const cancelAction = formAction(
  { name: "membership.cancel", ...user, schema: cancelFormSchema, echo: ["reason", "comment"] },
  async ({ reason, comment }, { user: me }): Promise<FormState> => {
    redirect(
      await outcomeOf(
        () => cancelAtPeriodEnd(me.id, { reason: reason ?? null, comment: comment ?? null }),
        "canceled",
      ),
    );
  },
);

export const undoCancelAction = buttonAction(
  { name: "membership.undo-cancel", ...user, schema: z.object({}) },
  async (_input, { user: me }) => redirect(await outcomeOf(() => undoCancel(me.id), "undone")),
  badInput,
);

export const resumeAction = buttonAction(
  { name: "membership.resume", ...user, schema: z.object({}) },
  async (_input, { user: me }) => redirect(await outcomeOf(() => resumePaused(me.id), "resumed")),
  badInput,
);

/** Confirms a switch the reader has seen previewed on /account/membership/switch. */
export const switchPlanAction = buttonAction(
  { name: "membership.switch-plan", ...user, schema: z.object({ plan: planKeySchema }) },
  async ({ plan }, { user: me }) => redirect(await outcomeOf(() => switchPlan(me.id, plan), "switched")),
  () => redirect(`${PAGE}?error=plan`),
);
