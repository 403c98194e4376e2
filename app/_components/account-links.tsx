import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { isSharedMemberRender } from "@/lib/auth/shared-render";
import { SignInLink } from "./sign-in-link";
import { AccountMenu } from "./account-menu";
import { SharedAccountMenu } from "./shared-account-menu";

// The header's account corner: sign-in links for visitors, a small menu (a <details>, works without JS)
// for signed-in readers. Static pages render the visitor version (no cookies at build time). On a phone the
// header keeps to one row: the trial offer is left to the home page and the paywall there.
export async function AccountLinks() {
  // The members' shared page copy: the menu, labelled once the reader's parts arrive.
  if (await isSharedMemberRender()) return <SharedAccountMenu />;
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
  return <AccountMenu label={user.name?.trim() || user.email} />;
}
