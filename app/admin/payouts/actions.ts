"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { monthFromKey, monthKeySchema } from "@/lib/business/payout-month";
import { closePayoutMonth } from "@/lib/business/payouts";
import { answerRefusals } from "../_lib/refusals";

// Closing a payout month (admins): asked for on the page, confirmed in a second step that posts here.
export const closePayoutMonthAction = formAction(
  {
    name: "admin.payouts.close",
    access: "admin",
    schema: z.object({
      month: monthKeySchema,
      confirm: z.literal("yes", { message: "Confirm the close first." }),
    }),
    signInReturn: "/admin/payouts",
    invalidMessage: "That close was not confirmed or names no month. Reload the page and try again.",
  },
  async ({ month }, { user }) =>
    answerRefusals(async () => {
      await closePayoutMonth(user, monthFromKey(month));
      redirect(`/admin/payouts?month=${month}`);
    }),
);
