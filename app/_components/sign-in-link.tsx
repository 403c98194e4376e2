"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The header's "Sign in": brings the reader back to the page they were on (the sign-in page checks that
// callbackUrl stays on this site). Pages of the sign-in flow itself link plainly, so nothing loops.
const AUTH_PAGES = [
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/check-email",
];

export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname() ?? "/";
  const plain = pathname === "/" || AUTH_PAGES.some((page) => pathname.startsWith(page));
  const href = plain ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(pathname)}`;
  return (
    <Link href={href} className={className}>
      Sign in
    </Link>
  );
}
