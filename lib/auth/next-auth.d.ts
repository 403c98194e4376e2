import type { DefaultSession } from "next-auth";

// What Newsstand keeps in the session token: the user id (sub), the session version it was issued under
// and the session's own id (sid).

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** This session's own id: signing out revokes it (lib/auth/session-token.ts). */
    sid?: string;
  }
}
