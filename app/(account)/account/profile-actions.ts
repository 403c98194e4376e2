"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { checkCurrentPassword } from "./current-password";
import { isEmailRegistered, renameUser, setPassword } from "@/lib/auth/accounts";
import { currentIp } from "@/lib/auth/current-ip";
import { emailField, nameField, newPasswordField } from "@/lib/auth/fields";
import { formError, formValues, invalidFields, type FormState } from "@/lib/auth/form-state";
import { finishSignIn } from "@/lib/auth/finish-sign-in";
import { issueToken } from "@/lib/auth/one-time-tokens";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { hitRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";
import { requireUser } from "@/lib/auth/session";
import { sendMail } from "@/lib/email/send";
import { changeEmailMail, passwordChangedMail } from "@/lib/email/templates";

// The account page's own changes. Each action finds the user from the session itself.

export async function updateProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const values = formValues(formData, ["name"]);
  const parsed = z.object({ name: nameField }).safeParse(values);
  if (!parsed.success) return invalidFields(parsed.error, values);
  await renameUser(user.id, parsed.data.name || null);
  revalidatePath("/account");
  return { status: "success", message: "Your name was saved.", values };
}

const passwordForm = z.object({ currentPassword: z.string().max(200), newPassword: newPasswordField });

/** Sets a new password, signs out every other device (session version bump) and keeps this one signed in. */
export async function changePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = passwordForm.safeParse({
    currentPassword: formData.get("currentPassword") ?? "",
    newPassword: formData.get("newPassword") ?? "",
  });
  if (!parsed.success) return invalidFields(parsed.error);
  const wrong = await checkCurrentPassword(user, parsed.data.currentPassword);
  if (wrong) return wrong;
  const policy = checkPasswordPolicy(parsed.data.newPassword, [user.email, user.name ?? ""]);
  if (!policy.ok)
    return {
      status: "error",
      message: "Please choose a stronger password.",
      fieldErrors: { newPassword: policy.message },
    };
  await setPassword(user.id, parsed.data.newPassword);
  after(() =>
    sendMail(passwordChangedMail(user.email)).catch((error: unknown) =>
      console.error("notice mail failed", error),
    ),
  );
  // The bump ended this browser's session too: start a fresh one through the one-time-token path.
  const fresh = await issueToken({ purpose: "sign_in", email: user.email, userId: user.id });
  return finishSignIn("email-code", { token: fresh.token }, "/account?notice=password-changed");
}

const emailForm = z.object({ newEmail: emailField, currentPassword: z.string().max(200) });

/** Sends a confirmation link to the new address; the change happens when it is followed (/verify-email). */
export async function requestEmailChange(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const values = formValues(formData, ["newEmail"]);
  const parsed = emailForm.safeParse({ ...values, currentPassword: formData.get("currentPassword") ?? "" });
  if (!parsed.success) return invalidFields(parsed.error, values);
  const { newEmail } = parsed.data;
  if (newEmail === user.email)
    return {
      status: "error",
      message: "That is already your email address.",
      fieldErrors: { newEmail: "That is already your email address." },
      values,
    };
  const wrong = await checkCurrentPassword(user, parsed.data.currentPassword);
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
}
