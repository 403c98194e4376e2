"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { isEmailRegistered, renameUser, setPassword } from "@/lib/auth/accounts";
import { currentIp } from "@/lib/auth/current-ip";
import { emailField, nameField, newPasswordField } from "@/lib/auth/fields";
import { finishSignIn } from "@/lib/auth/finish-sign-in";
import { fieldError, formError } from "@/lib/auth/form-state";
import { issueToken } from "@/lib/auth/one-time-tokens";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { hitRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";
import { sendMail } from "@/lib/email/send";
import { changeEmailMail } from "@/lib/email/templates";
import { checkCurrentPassword } from "./current-password";

// The account page's own changes, each for the signed-in user only.

const account = { access: "user", signInReturn: "/account" } as const;
const currentPassword = z.string().max(200);

export const updateProfile = formAction(
  { ...account, name: "updateProfile", schema: z.object({ name: nameField }), echo: ["name"] },
  async ({ name }, { user, values }) => {
    await renameUser(user.id, name || null);
    revalidatePath("/account");
    return { status: "success", message: "Your name was saved.", values };
  },
);

/** Sets a new password, signs out every other device (session version bump) and keeps this one signed in. */
export const changePassword = formAction(
  {
    ...account,
    name: "changePassword",
    schema: z.object({ currentPassword, newPassword: newPasswordField }),
  },
  async ({ currentPassword, newPassword }, { user }) => {
    const wrong = await checkCurrentPassword(user, currentPassword);
    if (wrong) return wrong;
    const policy = checkPasswordPolicy(newPassword, [user.email, user.name ?? ""]);
    if (!policy.ok) return fieldError("Please choose a stronger password.", "newPassword", policy.message);
    await setPassword(user, newPassword);
    // The bump ended this browser's session too: start a fresh one through the one-time-token path.
    const fresh = await issueToken({ purpose: "sign_in", email: user.email, userId: user.id });
    return finishSignIn("email-code", { token: fresh.token }, "/account?notice=password-changed");
  },
);

/** Sends a confirmation link to the new address; the change happens when it is followed (/verify-email). */
export const requestEmailChange = formAction(
  {
    ...account,
    name: "requestEmailChange",
    schema: z.object({ newEmail: emailField, currentPassword }),
    echo: ["newEmail"],
  },
  async ({ newEmail, currentPassword }, { user, values }) => {
    if (newEmail === user.email)
      return fieldError(
        "That is already your email address.",
        "newEmail",
        "That is already your email address.",
        values,
      );
    const wrong = await checkCurrentPassword(user, currentPassword);
    if (wrong) return { ...wrong, values };
    const limit = await hitRateLimit("change-email", { ip: await currentIp(), email: user.email });
    if (!limit.ok) return formError(rateLimitMessage(limit.retryAfterSeconds), values);
    after(async () => {
      // An address that already has an account gets nothing, and the page says the same either way.
      if (await isEmailRegistered(newEmail)) return;
      const { token } = await issueToken({
        purpose: "change_email",
        email: newEmail,
        userId: user.id,
        payload: { newEmail },
      });
      await sendMail(changeEmailMail(newEmail, `/verify-email?token=${encodeURIComponent(token)}`));
    });
    return {
      status: "success",
      message: `We sent a confirmation link to ${newEmail}. Your address changes when you follow it.`,
      values,
    };
  },
);
