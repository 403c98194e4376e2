"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { signIn } from "@/auth";
import { buttonAction, formAction } from "@/lib/auth/action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentIp } from "@/lib/auth/current-ip";
import { deliverSignInMail } from "@/lib/auth/email-flows";
import { codeField, emailField, passwordField, tokenField } from "@/lib/auth/fields";
import { finishSignIn } from "@/lib/auth/finish-sign-in";
import { formError } from "@/lib/auth/form-state";
import { listOAuthProviders } from "@/lib/auth/providers";
import { hitRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";

const callbackUrl = z.string().optional();

export const signInWithPassword = formAction(
  {
    name: "signInWithPassword",
    access: "public",
    schema: z.object({ email: emailField, password: passwordField, callbackUrl }),
    echo: ["email", "callbackUrl"],
  },
  async ({ email, password, callbackUrl }, { values }) =>
    finishSignIn("password", { email, password }, safeCallbackPath(callbackUrl), values),
);

/** Sends a link + code (or a "no account" note). The answer is the same either way: go and check the mail. */
export const requestSignInEmail = formAction(
  {
    name: "requestSignInEmail",
    access: "public",
    schema: z.object({ email: emailField, callbackUrl }),
    echo: ["email", "callbackUrl"],
  },
  async ({ email, callbackUrl: requested }, { values }) => {
    const callbackUrl = safeCallbackPath(requested);
    const limit = await hitRateLimit("email-link-request", { ip: await currentIp(), email });
    if (!limit.ok) return formError(rateLimitMessage(limit.retryAfterSeconds), values);
    after(() =>
      deliverSignInMail(email, callbackUrl).catch((error: unknown) =>
        console.error("sign-in mail failed", error),
      ),
    );
    redirect(`/check-email?${new URLSearchParams({ email, callbackUrl })}`);
  },
);

export const signInWithCode = formAction(
  {
    name: "signInWithCode",
    access: "public",
    schema: z.object({ email: emailField, code: codeField, callbackUrl }),
    echo: ["email", "code", "callbackUrl"],
  },
  async ({ email, code, callbackUrl }, { values }) =>
    finishSignIn("email-code", { email, code }, safeCallbackPath(callbackUrl), { ...values, code: "" }),
);

/** The POST behind the link's confirm button: only a person's click spends the token, not a scanner's GET. */
export const confirmSignInLink = formAction(
  {
    name: "confirmSignInLink",
    access: "public",
    schema: z.object({ token: tokenField, callbackUrl }),
    echo: ["token", "callbackUrl"],
    invalidMessage: "This sign-in link is not valid. Ask for a new one.",
  },
  async ({ token, callbackUrl }, { values }) =>
    finishSignIn("email-code", { token }, safeCallbackPath(callbackUrl), values),
);

/** "Continue with Google/Apple": only a provider that is configured here, back to a path of ours. */
export const signInWithProvider = buttonAction(
  {
    name: "signInWithProvider",
    access: "public",
    schema: z.object({ provider: z.enum(["google", "apple"]), callbackUrl }),
  },
  async ({ provider, callbackUrl }) => {
    if (!listOAuthProviders().some((configured) => configured.id === provider)) return;
    await signIn(provider, { redirectTo: safeCallbackPath(callbackUrl) });
  },
);
