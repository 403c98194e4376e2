"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentIp } from "@/lib/auth/current-ip";
import { deliverSignInMail } from "@/lib/auth/email-flows";
import { codeField, emailField, passwordField, tokenField } from "@/lib/auth/fields";
import { formError, formValues, invalidFields, type FormState } from "@/lib/auth/form-state";
import { finishSignIn } from "@/lib/auth/finish-sign-in";
import { hitRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";

const passwordForm = z.object({
  email: emailField,
  password: passwordField,
  callbackUrl: z.string().optional(),
});

export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "callbackUrl"]);
  const parsed = passwordForm.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) return invalidFields(parsed.error, values);
  const { email, password, callbackUrl } = parsed.data;
  return finishSignIn("password", { email, password }, safeCallbackPath(callbackUrl), values);
}

const emailForm = z.object({ email: emailField, callbackUrl: z.string().optional() });

/** Sends a link + code (or a "no account" note). The answer is the same either way: go and check the mail. */
export async function requestSignInEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "callbackUrl"]);
  const parsed = emailForm.safeParse(values);
  if (!parsed.success) return invalidFields(parsed.error, values);
  const { email } = parsed.data;
  const callbackUrl = safeCallbackPath(parsed.data.callbackUrl);
  const limit = await hitRateLimit("email-link-request", { ip: await currentIp(), email });
  if (!limit.ok) return formError(rateLimitMessage(limit.retryAfterSeconds), values);
  after(() =>
    deliverSignInMail(email, callbackUrl).catch((error: unknown) =>
      console.error("sign-in mail failed", error),
    ),
  );
  redirect(`/check-email?${new URLSearchParams({ email, callbackUrl })}`);
}

const codeForm = z.object({ email: emailField, code: codeField, callbackUrl: z.string().optional() });

export async function signInWithCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "code", "callbackUrl"]);
  const parsed = codeForm.safeParse(values);
  if (!parsed.success) return invalidFields(parsed.error, values);
  const { email, code, callbackUrl } = parsed.data;
  return finishSignIn("email-code", { email, code }, safeCallbackPath(callbackUrl), { ...values, code: "" });
}

const linkForm = z.object({ token: tokenField, callbackUrl: z.string().optional() });

/** The POST behind the link's confirm button: only a person's click spends the token, not a scanner's GET. */
export async function confirmSignInLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["token", "callbackUrl"]);
  const parsed = linkForm.safeParse(values);
  if (!parsed.success) return formError("This sign-in link is not valid. Ask for a new one.");
  return finishSignIn(
    "email-code",
    { token: parsed.data.token },
    safeCallbackPath(parsed.data.callbackUrl),
    values,
  );
}
