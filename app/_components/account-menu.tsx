import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

/** The signed-in reader's menu in the header (a <details>, works without JS); `label` is their name or email. */
export function AccountMenu({ label }: { label: string }) {
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
