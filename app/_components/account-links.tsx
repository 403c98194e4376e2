import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

// The header's account corner: sign-in links for visitors, a small menu (a <details>, works without JS)
// for signed-in readers. Static pages render the visitor version (no cookies at build time). On a phone the
// header keeps to one row: the trial offer is left to the home page and the paywall there.
export async function AccountLinks() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="flex items-center gap-2 text-sm">
        <SignInLink className="rounded px-2 py-1.5 font-medium hover:underline" />
        <Link
          href="/subscribe"
          className="hidden rounded-full bg-brand-700 px-3.5 py-1.5 font-semibold whitespace-nowrap text-white hover:bg-brand-600 sm:inline-block"
        >
          Start free trial
        </Link>
      </div>
    );
  }
  const label = user.name?.trim() || user.email;
  return (
    <details className="group relative text-sm">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1.5 font-medium hover:underline">
        <span className="sr-only">Account menu for </span>
        {/* On a phone an initial keeps the header to one row; the name is still the button's name. */}
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-neutral-900 font-semibold text-white uppercase sm:hidden dark:bg-neutral-100 dark:text-neutral-900"
        >
          {label.charAt(0)}
        </span>
        <span className="sr-only max-w-48 truncate sm:not-sr-only">{label}</span>
        <span aria-hidden="true" className="transition group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-neutral-200 bg-white py-1 shadow-lg dark:border-neutral-800 dark:bg-neutral-900">
        <Link href="/for-you" className="block px-4 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800">
          For You
        </Link>
        <Link href="/following" className="block px-4 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800">
          Following and muted
        </Link>
        <Link href="/account" className="block px-4 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800">
          Your account
        </Link>
        <Link href="/saved" className="block px-4 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800">
          Saved stories
        </Link>
        <Link href="/history" className="block px-4 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800">
          History
        </Link>
        <Link
          href="/account/membership"
          className="block px-4 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800"
        >
          Membership
        </Link>
        <SignOutButton className="block w-full px-4 py-2 text-left hover:bg-neutral-100 dark:hover:bg-neutral-800" />
      </div>
    </details>
  );
}
