"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
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

// The membership page's buttons. Each checks who is asking; the outcome comes back as a code in
// ?notice= or ?error= that the page turns into words (never text from the URL).

const PAGE = "/account/membership";
type Notice = "canceled" | "undone" | "switched" | "resumed";

async function run(work: () => Promise<ManageResult | string | null>, notice?: Notice): Promise<never> {
  let target: string;
  try {
    const result = await work();
    if (typeof result === "string") target = result;
    else if (result === null) target = `${PAGE}?error=not-found`;
    else target = result.ok ? `${PAGE}?notice=${notice ?? "done"}` : `${PAGE}?error=${result.code}`;
  } catch (error) {
    if (!isPaymentsUnavailable(error)) console.error("membership action failed", error);
    target = `${PAGE}?error=${isPaymentsUnavailable(error) ? "unavailable" : "failed"}`;
  }
  redirect(target);
}

export async function openPortalAction(form: FormData): Promise<void> {
  const user = await requireUser(PAGE);
  const flow = form.get("flow") === "payment_method_update" ? "payment_method_update" : "default";
  await run(async () => createPortalUrl(user.id, `${await getRequestOrigin()}${PAGE}`, flow));
}

export async function cancelAction(): Promise<void> {
  const user = await requireUser(PAGE);
  await run(() => cancelAtPeriodEnd(user.id), "canceled");
}

export async function undoCancelAction(): Promise<void> {
  const user = await requireUser(PAGE);
  await run(() => undoCancel(user.id), "undone");
}

export async function resumeAction(): Promise<void> {
  const user = await requireUser(PAGE);
  await run(() => resumePaused(user.id), "resumed");
}

export async function switchPlanAction(form: FormData): Promise<void> {
  const user = await requireUser(PAGE);
  const plan = z.object({ plan: planKeySchema }).safeParse({ plan: form.get("plan") });
  if (!plan.success) redirect(`${PAGE}?error=plan`);
  await run(() => switchPlan(user.id, plan.data.plan), "switched");
}
