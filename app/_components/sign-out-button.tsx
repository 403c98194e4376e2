"use client";

import { usePathname } from "next/navigation";
import { signOutHere } from "@/app/(account)/account/session-actions";

/** Signs out from the header's menu and comes back to this page (the action refuses pages that need a session). */
export function SignOutButton({ className }: { className?: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <form action={signOutHere}>
      <input type="hidden" name="returnTo" value={pathname} />
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
