import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteShell } from "@/app/_components/site-shell";
import { requireUser } from "@/lib/auth/session";
import { planKeySchema, plans } from "@/lib/billing/plans";
import { safeReturnTo } from "@/lib/billing/return-to";
import { PlanForm } from "../plan-form";
import { checkoutOrMessage, continuePath } from "../start-checkout";

export const metadata: Metadata = { title: "Join Newsstand", robots: { index: false } };

// Where sign-up and sign-in return a visitor who picked a plan on /subscribe: straight on to checkout with
// that plan, so it is never asked for twice. A member goes to their membership page (startCheckout says so).
// Reached by a redirect only; the worst a forged link can do is show the signed-in reader a checkout page.

export default async function ContinueToCheckoutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const plan = planKeySchema.safeParse(params.plan);
  const returnTo = safeReturnTo(typeof params.returnTo === "string" ? params.returnTo : undefined);
  if (!plan.success) redirect(`/subscribe?${new URLSearchParams({ returnTo })}`);
  const user = await requireUser(continuePath(plan.data, returnTo));
  const destination = await checkoutOrMessage(user.id, plan.data, returnTo);
  if (typeof destination === "string") redirect(destination);

  return (
    <SiteShell>
      <div className="mx-auto max-w-xl">
        <h1 className="font-serif text-3xl font-bold">
          Your {plans[plan.data].name.toLowerCase()} membership
        </h1>
        <p role="alert" className="mt-4 rounded-md bg-amber-50 p-4 text-amber-900">
          {destination.message}
        </p>
        <PlanForm plan={plan.data} returnTo={returnTo} primary label="Try again" />
        <p className="mt-6">
          <Link href={`/subscribe?${new URLSearchParams({ returnTo })}`} className="underline">
            See the plans
          </Link>
        </p>
      </div>
    </SiteShell>
  );
}
