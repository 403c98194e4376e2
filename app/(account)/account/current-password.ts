import "server-only";
import { currentIp } from "@/lib/auth/current-ip";
import { fieldError, formError, type FormState } from "@/lib/auth/form-state";
import { verifyPassword } from "@/lib/auth/password";
import { beginSignInAttempt, rateLimitMessage } from "@/lib/auth/rate-limit";

// The "current password" check of every account change that asks for it: a wrong one counts like a failed
// sign-in, so the account forms are no way around the sign-in rate limits.
export async function checkCurrentPassword(
  user: { email: string; passwordHash: string | null },
  password: string,
): Promise<FormState | null> {
  const attempt = await beginSignInAttempt("sign-in", { ip: await currentIp(), email: user.email });
  if (!attempt.ok) return formError(rateLimitMessage(attempt.retryAfterSeconds));
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, password))) {
    return fieldError(
      "Please check the highlighted fields.",
      "currentPassword",
      "That is not your current password.",
    );
  }
  await attempt.succeeded();
  return null;
}
