import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteShell } from "@/app/_components/site-shell";
import { getReadAccess } from "@/lib/auth/read-access";
import { requireUser } from "@/lib/auth/session";
import { completeCheckout, type CheckoutReturn } from "@/lib/billing/checkout-success";
import { isPaymentsUnavailable } from "@/lib/billing/errors";
import { safeReturnTo } from "@/lib/billing/return-to";

export const metadata: Metadata = { title: "Welcome", robots: { index: false } };

// Where Stripe Checkout returns to: run the webhook's sync here too, then back to the article.

export default async function CheckoutSuccessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const sessionId = typeof params.session_id === "string" ? params.session_id : "";
  const returnTo = safeReturnTo(typeof params.returnTo === "string" ? params.returnTo : undefined);
  const here = `/checkout/success?session_id=${encodeURIComponent(sessionId)}&returnTo=${encodeURIComponent(returnTo)}`;
  const user = await requireUser(here);

  let outcome: CheckoutReturn | "unavailable" | "failed";
  try {
    outcome = /^cs_[A-Za-z0-9_]+$/.test(sessionId) ? await completeCheckout(sessionId, user.id) : "not-found";
  } catch (error) {
    if (!isPaymentsUnavailable(error)) console.error("checkout return sync failed", { sessionId, error });
    outcome = isPaymentsUnavailable(error) ? "unavailable" : "failed";
  }
  if (outcome === "synced") redirect(await withWelcome(returnTo));

  const message =
    outcome === "not-found"
      ? "We couldn't find that checkout. If you've just joined, your membership will appear on your account shortly."
      : "Thank you! We're still confirming your membership with our payment provider — this usually takes a few seconds.";
  return (
    <SiteShell>
      <div className="mx-auto max-w-xl">
        <h1 className="font-serif text-3xl font-bold">Almost there</h1>
        <p className="mt-4" role="status">
          {message}
        </p>
        <p className="mt-6 flex gap-4">
          <Link href={here} className="underline">
            Check again
          </Link>
          <Link href={returnTo} className="underline">
            Back to where you were
          </Link>
          <Link href="/account/membership" className="underline">
            Your membership
          </Link>
        </p>
      </div>
    </SiteShell>
  );
}

/** The return address with a flag that makes the page say the membership started (app/_components/url-notice). */
async function withWelcome(returnTo: string): Promise<string> {
  const { membership } = await getReadAccess();
  const url = new URL(returnTo, "http://newsstand.invalid");
  url.searchParams.set("welcome", membership?.status === "trialing" ? "trial" : "member");
  return `${url.pathname}${url.search}${url.hash}`;
}
