import Link from "next/link";

// Signed-out links; the account menu replaces these once sign-in lands.
export function AccountLinks() {
  return (
    <div className="flex items-center gap-1 text-sm sm:gap-2">
      <Link href="/sign-in" className="rounded px-2 py-1.5 font-medium hover:underline">
        Sign in
      </Link>
      <Link
        href="/subscribe"
        className="rounded-full bg-brand-700 px-3.5 py-1.5 font-semibold whitespace-nowrap text-white hover:bg-brand-600"
      >
        Start free trial
      </Link>
    </div>
  );
}
