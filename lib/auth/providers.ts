import "server-only";
import Apple from "next-auth/providers/apple";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import type { Provider } from "next-auth/providers";
import { z } from "zod";
import { settings } from "@/lib/config/settings";
import type { User } from "@/lib/db/schema";
import { authenticatePassword } from "./credentials";
import { completeEmailSignIn } from "./email-flows";
import { beginSignInAttempt, type AttemptAction } from "./rate-limit";
import { getClientIp } from "./request-ip";
import { SignInFailure } from "./sign-in-errors";

// Rate limits live here rather than in the server actions, because /api/auth/callback/<id> can be
// POSTed directly too. Only failures count (lib/auth/rate-limit.ts).

const email = z.string().trim().toLowerCase().email().max(254);
const passwordInput = z.object({ email, password: z.string().min(1).max(1000) });
const codeInput = z.union([
  z.object({
    email,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
  }),
  z.object({ token: z.string().min(20).max(200) }),
]);

const CODE_FAILURES = {
  invalid: "code-invalid",
  expired: "code-expired",
  used: "code-used",
  "too-many-attempts": "code-too-many-attempts",
} as const;

/** Runs one sign-in check under the failure limits: a success is not counted, a failure is. */
async function limited<T>(
  action: AttemptAction,
  request: Request,
  subjectEmail: string | undefined,
  check: () => Promise<T>,
): Promise<T> {
  const attempt = await beginSignInAttempt(action, { ip: getClientIp(request.headers), email: subjectEmail });
  if (!attempt.ok) throw new SignInFailure(`rate-limited-${attempt.retryAfterSeconds}`);
  const result = await check();
  await attempt.succeeded();
  return result;
}

function toAuthUser(user: User) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    image: user.image,
    sessionVersion: user.sessionVersion,
  };
}

export function buildProviders(): Provider[] {
  const providers: Provider[] = [
    Credentials({
      id: "password",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const input = passwordInput.safeParse(raw);
        if (!input.success) throw new SignInFailure("invalid-input");
        const { email, password } = input.data;
        const user = await limited("sign-in", request, email, async () => {
          const found = await authenticatePassword(email, password);
          if (!found) throw new SignInFailure("credentials");
          return found;
        });
        return toAuthUser(user);
      },
    }),
    Credentials({
      id: "email-code",
      name: "Email code",
      credentials: { email: { type: "email" }, code: { type: "text" }, token: { type: "text" } },
      async authorize(raw, request) {
        const input = codeInput.safeParse(raw);
        if (!input.success) throw new SignInFailure("invalid-input");
        const data = input.data;
        const user = await limited(
          "email-code",
          request,
          "email" in data ? data.email : undefined,
          async () => {
            const result = await completeEmailSignIn(data);
            if (!result.ok) throw new SignInFailure(CODE_FAILURES[result.reason]);
            return result.user;
          },
        );
        return toAuthUser(user);
      },
    }),
  ];
  // Google and Apple verify addresses, so linking to an existing account with the same email is safe.
  if (settings.AUTH_GOOGLE_ID && settings.AUTH_GOOGLE_SECRET) {
    providers.push(
      Google({
        clientId: settings.AUTH_GOOGLE_ID,
        clientSecret: settings.AUTH_GOOGLE_SECRET,
        allowDangerousEmailAccountLinking: true,
      }),
    );
  }
  if (settings.AUTH_APPLE_ID && settings.AUTH_APPLE_SECRET) {
    providers.push(
      Apple({
        clientId: settings.AUTH_APPLE_ID,
        clientSecret: settings.AUTH_APPLE_SECRET,
        allowDangerousEmailAccountLinking: true,
      }),
    );
  }
  return providers;
}

export function listOAuthProviders(): Array<{ id: "google" | "apple"; name: string }> {
  const list: Array<{ id: "google" | "apple"; name: string }> = [];
  if (settings.AUTH_GOOGLE_ID && settings.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  if (settings.AUTH_APPLE_ID && settings.AUTH_APPLE_SECRET) list.push({ id: "apple", name: "Apple" });
  return list;
}
