"use server";

import { after } from "next/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getUserById, setPassword } from "@/lib/auth/accounts";
import { currentIp } from "@/lib/auth/current-ip";
import { deliverPasswordResetMail, describeTokenFailure } from "@/lib/auth/email-flows";
import { emailField, newPasswordField, tokenField } from "@/lib/auth/fields";
import { finishSignIn } from "@/lib/auth/finish-sign-in";
import { fieldError, formError, type FormState } from "@/lib/auth/form-state";
import { inspectLinkToken, issueToken, redeemLinkToken, type TokenFailure } from "@/lib/auth/one-time-tokens";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { hitRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";

export const requestPasswordReset = formAction(
  {
    name: "requestPasswordReset",
    access: "public",
    schema: z.object({ email: emailField }),
    echo: ["email"],
  },
  async ({ email }, { values }) => {
    const limit = await hitRateLimit("password-reset", { ip: await currentIp(), email });
    if (!limit.ok) return formError(rateLimitMessage(limit.retryAfterSeconds), values);
    after(() =>
      deliverPasswordResetMail(email).catch((error: unknown) => console.error("reset mail failed", error)),
    );
    return {
      status: "success",
      message: `We sent an email to ${email}. Follow the link in it within 15 minutes to choose a new password.`,
      values,
    };
  },
);

const resetForm = z.object({ token: tokenField, password: newPasswordField });

/** Spends the reset token, sets the password (ending every other session) and signs this browser in. */
export const resetPassword = formAction(
  { name: "resetPassword", access: "public", schema: resetForm, echo: ["token"] },
  async ({ token, password }, { values }) => {
    const limit = await hitRateLimit("password-reset", { ip: await currentIp() });
    if (!limit.ok) return formError(rateLimitMessage(limit.retryAfterSeconds), values);
    const peek = await inspectLinkToken(token, ["reset_password"]);
    if (!peek.ok) return renewReset(peek.reason);
    const user = peek.token.userId ? await getUserById(peek.token.userId) : null;
    if (!user) return formError("This account no longer exists.");
    // Check the policy before spending the token, so a weak first try does not cost the link.
    const policy = checkPasswordPolicy(password, [user.email, user.name ?? ""]);
    if (!policy.ok)
      return fieldError("Please choose a stronger password.", "password", policy.message, values);
    const redeemed = await redeemLinkToken(token, ["reset_password"]);
    if (!redeemed.ok) return renewReset(redeemed.reason);
    await setPassword(user, password);
    // Finish with a fresh one-time sign-in token, so the session comes from the one Credentials path.
    const signInToken = await issueToken({ purpose: "sign_in", email: user.email, userId: user.id });
    return finishSignIn("email-code", { token: signInToken.token }, "/account?notice=password-reset");
  },
);

function renewReset(reason: TokenFailure): FormState {
  return {
    ...formError(`${describeTokenFailure(reason)} Ask for a new reset link.`),
    fieldErrors: { renew: "1" },
  };
}
