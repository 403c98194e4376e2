import type { DefaultSession } from "next-auth";

// What Newsstand keeps in the session token: the user id (sub) and the session version it was issued under.

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
  }
}
