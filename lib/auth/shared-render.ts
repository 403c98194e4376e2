import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { hasSessionCookie } from "./session-cookie";
import { SHARED_MEMBER_HEADER } from "./shared-render-header";

// The members' shared copy of a reader page (see lib/content/page-cache.ts): rendered once, by the page cache's
// own request, for every member who may read, and so holding nothing about any one reader. proxy.ts sets the
// header only on that request and strips it from every other, so no outside request can ask for this mode;
// a request that carries a session cookie is never in it either. In this mode there is no user
// (getCurrentUser is null) and the reading decision is "may read"; the per-reader parts of the page are
// client islands that fetch the reader's own data (/api/me) after the page arrives.

export const isSharedMemberRender = cache(async (): Promise<boolean> => {
  if ((await headers()).get(SHARED_MEMBER_HEADER) !== "1") return false;
  return !hasSessionCookie((await cookies()).getAll());
});
