import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { buildProviders } from "@/lib/auth/providers";
import { getAuthSecret } from "@/lib/auth/secret";
import { refreshSessionToken } from "@/lib/auth/session-token";
import { settings } from "@/lib/config/settings";
import { getDb } from "@/lib/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";

// The one Auth.js configuration. JWT sessions (Credentials needs them with an adapter); the adapter
// only serves Google/Apple accounts. Each request re-checks the token's session version against the
// user row, so "sign out everywhere", password changes and account deletion end existing sessions.

async function buildConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    // Host comes from our own server/proxy; redirects are limited to relative paths below.
    trustHost: true,
    useSecureCookies: settings.appUrl.startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: buildProviders(),
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
          if (target.origin === baseUrl) return `${baseUrl}${safeCallbackPath(`${target.pathname}${target.search}`)}`;
        } catch {
          // fall through
        }
        return baseUrl;
      },
    },
    logger: {
      error(error) {
        // Wrong passwords and codes are expected; tampered cookies are treated as signed out.
        const type = (error as { type?: string }).type;
        if (error instanceof CredentialsSignin || type === "CredentialsSignin" || type === "JWTSessionError") return;
        console.error("[auth]", error);
      },
      warn() {},
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(buildConfig);
