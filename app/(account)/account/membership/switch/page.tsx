import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteShell } from "@/app/_components/site-shell";
import { PageHeading } from "../page-heading";
import { requireUser } from "@/lib/auth/session";
import { isPaymentsUnavailable, PAYMENTS_UNAVAILABLE_MESSAGE } from "@/lib/billing/errors";
import { previewPlanSwitch, type PreviewResult } from "@/lib/billing/plan-switch";
import { describePrice, formatDate, formatMoney, planKeySchema, plans } from "@/lib/billing/plans";
import { switchPlanAction } from "../actions";
import { buttonClass, primaryClass } from "../button-styles";
import { PreviewFacts } from "./preview-facts";

export const metadata: Metadata = { title: "Switch plan", robots: { index: false } };

// Before a plan changes: the new price, when it takes effect and what is charged or credited now (Stripe's
// invoice preview), then the reader confirms. The mail confirming it comes from the sync that sees the change.

export default async function SwitchPlanPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account/membership");
  const plan = planKeySchema.safeParse((await searchParams).plan);
  if (!plan.success) redirect("/account/membership?error=plan");
  let result: PreviewResult | "unavailable";
  try {
    result = await previewPlanSwitch(user.id, plan.data);
  } catch (error) {
    if (!isPaymentsUnavailable(error)) throw error;
    result = "unavailable";
  }
  if (result !== "unavailable" && !result.ok) {
    redirect(
      result.code === "unknown-to-stripe"
        ? "/account/membership?error=unknown-to-stripe"
        : "/account/membership",
    );
  }
  const target = plans[plan.data];

  return (
    <SiteShell>
      <div className="mx-auto max-w-2xl">
        <PageHeading
          back={{ href: "/account/membership", label: "Your membership" }}
          title={`Switch to the ${target.name.toLowerCase()} plan`}
        />
        {result === "unavailable" ? (
          <p role="alert" className="mt-4 rounded-md bg-amber-50 p-4 text-amber-900">
            {PAYMENTS_UNAVAILABLE_MESSAGE}
          </p>
        ) : (
          <>
            <PreviewFacts
              price={describePrice(target)}
              preview={result.preview}
              format={{ date: formatDate, money: formatMoney }}
            />
            <form action={switchPlanAction} className="mt-8 flex flex-wrap items-center gap-3">
              <input type="hidden" name="plan" value={plan.data} />
              <button type="submit" className={primaryClass}>
                Confirm: switch to {target.name.toLowerCase()}
              </button>
              <Link href="/account/membership" className={buttonClass}>
                Keep my {plans[result.preview.from].name.toLowerCase()} plan
              </Link>
            </form>
          </>
        )}
      </div>
    </SiteShell>
  );
}
