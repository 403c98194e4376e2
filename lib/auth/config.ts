import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextAuthConfig } from "next-auth";
import { settings } from "@/lib/config/settings";
import { getDb } from "@/lib/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";
import { safeCallbackPath } from "./callback-url";
import { buildProviders } from "./providers";
import { getAuthSecret } from "./secret";
import { refreshSessionToken, revokeSessionToken, SESSION_MAX_AGE_SECONDS } from "./session-token";

// The one Auth.js configuration. JWT sessions (Credentials needs them with an adapter); the adapter
// only serves Google/Apple accounts. Each request re-checks the token's session version against the
// user row, so "sign out everywhere", password changes and account deletion end existing sessions, and
// every sign-out (our buttons or a POST to /api/auth/signout) revokes that one session on the server.

export async function buildAuthConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Host comes from our own server/proxy; redirects are limited to relative paths below.
    trustHost: true,
    useSecureCookies: settings.appUrl.startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: buildProviders(),
    events: {
      async signOut(message) {
        if ("token" in message) await revokeSessionToken(message.token);
      },
    },
    callbacks: {
      jwt: ({ token, user }) => refreshSessionToken(token, user),
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
        try {
          const target = new URL(url);
          if (target.origin === baseUrl)
            return `${baseUrl}${safeCallbackPath(`${target.pathname}${target.search}`)}`;
        } catch {
          // fall through
        }
        return baseUrl;
      },
    },
    logger: {
      error(error) {
        // Wrong passwords and codes are expected; tampered cookies are treated as signed out.
        // By type rather than instanceof: this module must not load next-auth's Next.js bindings (see the test).
        const type = (error as { type?: string }).type;
        if (type === "CredentialsSignin" || type === "JWTSessionError") return;
        console.error("[auth]", error);
      },
      warn() {},
    },
  };
}
