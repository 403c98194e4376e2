"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { requestReconciliation } from "@/lib/business/reconciliation-admin";

// "Run now" for the reconciliation with Stripe: admins only (the wrapper checks, the domain checks again), audited.

export const runReconciliationAction = formAction(
  {
    name: "admin.reconciliation.run",
    access: "admin",
    schema: z.object({}),
    signInReturn: "/admin/analytics",
  },
  async (_input, { user }) => {
    const queued = await requestReconciliation(user);
    refresh();
    return queued
      ? { status: "success", message: "Queued: the run starts within a minute. Reload to see it." }
      : { status: "success", message: "A run is already waiting to start." };
  },
);
