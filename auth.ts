import NextAuth from "next-auth";
import { buildAuthConfig } from "@/lib/auth/config";

// Auth.js wired into Next.js; the configuration (and why it is so) is in lib/auth/config.ts.
export const { handlers, auth, signIn, signOut } = NextAuth(buildAuthConfig);
