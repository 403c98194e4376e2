"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { changeEmail, getUserById } from "@/lib/auth/accounts";
import { describeTokenFailure } from "@/lib/auth/email-flows";
import { tokenField } from "@/lib/auth/fields";
import { formError } from "@/lib/auth/form-state";
import { redeemLinkToken } from "@/lib/auth/one-time-tokens";
import { sendMail } from "@/lib/email/send";
import { emailChangedNoticeMail } from "@/lib/email/templates";

// Confirms a change of email address: the link went to the new address, so following it proves it.
// Works without being signed in (people often open mail on another device).

export const confirmEmailChange = formAction(
  {
    name: "confirmEmailChange",
    access: "public",
    schema: z.object({ token: tokenField }),
    invalidMessage: "This link is not valid.",
  },
  async ({ token }) => {
    const redeemed = await redeemLinkToken(token, ["change_email"]);
    if (!redeemed.ok)
      return formError(
        `${describeTokenFailure(redeemed.reason)} Request the change again from your account page.`,
      );
    const { userId, payload } = redeemed.token;
    const user = userId ? await getUserById(userId) : null;
    const newEmail = payload?.newEmail;
    if (!user || !newEmail) return formError("This account no longer exists.");
    if (!(await changeEmail(user.id, newEmail)))
      return formError("That address is now used by another account.");
    after(() =>
      sendMail(emailChangedNoticeMail(user.email, newEmail)).catch((error: unknown) =>
        console.error("notice mail failed", error),
      ),
    );
    redirect("/account?notice=email-changed");
  },
);
