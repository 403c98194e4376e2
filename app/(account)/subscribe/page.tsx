import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/app/_components/site-shell";
import { getReadAccess } from "@/lib/auth/read-access";
import { settings } from "@/lib/config/settings";
import { CHECKOUT_BLOCKING_STATUSES, isTrialEligible } from "@/lib/billing/checkout";
import {
  annualSavingMonths,
  describePrice,
  describeTrialTerms,
  PLAN_KEYS,
  planKeySchema,
  plans,
  TRIAL_DAYS,
} from "@/lib/billing/plans";
import { safeReturnTo } from "@/lib/billing/return-to";
import { getPublisherCount } from "@/lib/content/publishers-and-topics";
import { PlanForm } from "./plan-form";

export const metadata: Metadata = { title: "Join Newsstand" };

export default async function SubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const chosen = planKeySchema.safeParse(params.plan).data;
  const returnTo = safeReturnTo(typeof params.returnTo === "string" ? params.returnTo : undefined);
  const [{ user, membership }, titles] = await Promise.all([
    getReadAccess(),
    getPublisherCount().catch(() => 0),
  ]);
  const trial = user ? isTrialEligible(user) : TRIAL_DAYS > 0;
  const isMember = membership !== null && CHECKOUT_BLOCKING_STATUSES.has(membership.status);

  return (
    <SiteShell>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-4xl font-bold">
          {trial ? `Read everything, free for ${TRIAL_DAYS} days` : "Join Newsstand"}
        </h1>
        <ul className="mt-6 space-y-2 text-lg">
          <li>{titles > 0 ? `${titles} premium titles` : "Over a hundred premium titles"}, one membership</li>
          <li>Every article, whole — no teasers</li>
          <li>No ads, ever</li>
        </ul>
        {isMember ? (
          <p className="mt-8 rounded-md border border-neutral-300 p-4">
            {membership.status === "paused" || membership.status === "unpaid"
              ? "Your membership is on hold until a card is added. "
              : "You already have a membership. "}
            <Link href="/account/membership" className="underline">
              Manage it on your account
            </Link>
            .
          </p>
        ) : (
          <>
            {chosen && user ? (
              <p className="mt-8 rounded-md bg-neutral-100 p-4 dark:bg-neutral-800">
                You&apos;re signed in. Continue with the {plans[chosen].name.toLowerCase()} plan below.
              </p>
            ) : null}
            <div className="mt-8 grid gap-6 sm:grid-cols-2">
              {PLAN_KEYS.map((key) => {
                const plan = plans[key];
                const highlighted = chosen ? chosen === key : key === "monthly";
                return (
                  <section
                    key={key}
                    aria-labelledby={`plan-${key}`}
                    className={`rounded-lg border p-6 ${highlighted ? "border-neutral-900 dark:border-white" : "border-neutral-300 dark:border-neutral-700"}`}
                  >
                    <h2 id={`plan-${key}`} className="font-serif text-2xl font-bold">
                      {plan.name}
                    </h2>
                    <p className="mt-2 text-xl">{describePrice(plan)}</p>
                    {key === "annual" ? (
                      <p className="text-sm">
                        About {annualSavingMonths()} months free compared with monthly
                      </p>
                    ) : null}
                    <p className="mt-4">
                      {trial
                        ? describeTrialTerms(plan)
                        : `${describePrice(plan)}, starting today. Cancel any time.`}
                    </p>
                    <PlanForm
                      plan={key}
                      returnTo={returnTo}
                      primary={highlighted}
                      label={trial ? `Start free trial — ${plan.name}` : `Join — ${plan.name}`}
                    />
                  </section>
                );
              })}
            </div>
            {trial && !settings.TRIAL_REQUIRES_CARD ? (
              <p className="mt-6 text-sm">
                No card needed to start your trial. We&apos;ll remind you three days before it ends.
              </p>
            ) : null}
          </>
        )}
      </div>
    </SiteShell>
  );
}
