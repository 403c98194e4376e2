import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import type { User } from "@/lib/db/schema";
import { loadUser } from "./request-user";
import { hasSessionCookie } from "./session-cookie";

// Who is asking, for pages, layouts and server actions. These are the real checks; proxy.ts only
// redirects optimistically on the presence of a cookie.

/** The signed-in user (fresh from the database), or null. One lookup per request, shared with the JWT callback's. */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  // Most requests are anonymous: no cookie, no JWT decoding, no database.
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const session = await auth().catch(() => null); // a tampered or stale cookie is "signed out"
  const id = session?.user?.id;
  if (!id) return null;
  return loadUser(id);
});

export function signInPath(callbackPath: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`;
}

/** The signed-in user, or a redirect to sign-in that comes back to `callbackPath`. */
export async function requireUser(callbackPath = "/account"): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}

const RANK: Record<User["role"], number> = { reader: 0, editor: 1, admin: 2 };

/** A user with at least `role` (admin > editor > reader); others get a 404 so the route's existence stays private. */
export async function requireRole(role: User["role"], callbackPath = "/"): Promise<User> {
  const user = await requireUser(callbackPath);
  if (RANK[user.role] < RANK[role]) notFound();
  return user;
}
