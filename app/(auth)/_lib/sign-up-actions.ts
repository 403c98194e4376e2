"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentIp } from "@/lib/auth/current-ip";
import { deliverSignUpMail } from "@/lib/auth/email-flows";
import { emailField, nameField, newPasswordField } from "@/lib/auth/fields";
import { fieldError, formError } from "@/lib/auth/form-state";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { hitRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";
import { afterSignUpPath } from "@/lib/personal/onboarding";

const signUpForm = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
  callbackUrl: z.string().optional(),
});

/**
 * Checks the form, then answers "check your email" whatever the address: a new address gets a confirmation
 * code (the account is created when it is used), a registered one gets a sign-in code instead.
 */
export const signUp = formAction(
  { name: "signUp", access: "public", schema: signUpForm, echo: ["name", "email", "callbackUrl"] },
  async ({ name, email, password, callbackUrl: requested }, { values }) => {
    const policy = checkPasswordPolicy(password, [email, name]);
    if (!policy.ok)
      return fieldError("Please choose a stronger password.", "password", policy.message, values);
    const limit = await hitRateLimit("sign-up", { ip: await currentIp(), email });
    if (!limit.ok) return formError(rateLimitMessage(limit.retryAfterSeconds), values);
    const callbackUrl = afterSignUpPath(safeCallbackPath(requested));
    after(() =>
      deliverSignUpMail(email, password, name || null, callbackUrl).catch((error: unknown) =>
        console.error("sign-up mail failed", error),
      ),
    );
    redirect(`/check-email?${new URLSearchParams({ email, callbackUrl, for: "sign-up" })}`);
  },
);
