import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/app/_components/site-shell";
import { PageHeading } from "./page-heading";
import { requireUser } from "@/lib/auth/session";
import { PAYMENTS_UNAVAILABLE_MESSAGE } from "@/lib/billing/errors";
import { getMembershipOverview } from "@/lib/billing/overview";
import { formatDate, formatMoney, plans } from "@/lib/billing/plans";
import { describeCancellation, describeTrialEnd } from "@/lib/billing/membership-words";
import { describeStatus } from "@/lib/billing/status-words";
import { InvoiceList } from "./invoice-list";
import { MembershipButtons } from "./membership-buttons";

export const metadata: Metadata = { title: "Membership", robots: { index: false } };

const NOTICES: Record<string, string> = {
  canceled: "Cancelled. We've sent you an email to confirm.",
  undone: "Welcome back — your membership will carry on as before. We've sent you an email to confirm.",
  switched: "Your plan has been changed. We've sent you an email to confirm.",
  resumed: "Your membership is running again.",
};
const ERRORS: Record<string, string> = {
  unavailable: PAYMENTS_UNAVAILABLE_MESSAGE,
  failed: "Something went wrong and nothing was changed. Please try again.",
  "not-found": "We couldn't find a membership to change.",
  "unknown-to-stripe": "Our payment provider has no record of this membership, so it can't be changed here.",
  plan: "Please choose one of the plans shown.",
};

export default async function MembershipPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account/membership");
  const params = await searchParams;
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  const error = typeof params.error === "string" ? ERRORS[params.error] : undefined;
  const overview = await getMembershipOverview(user);
  const m = overview.membership;
  const hasCard = overview.card !== null;
  // A trial without a card ends in a pause, not a payment: say that instead of a "next payment".
  const cardlessTrial =
    m?.status === "trialing" && !m.cancelAtPeriodEnd && !hasCard && overview.stripe === "ok";

  return (
    <SiteShell>
      <div className="mx-auto max-w-3xl">
        <PageHeading back={{ href: "/account", label: "Your account" }} title={"Membership"} />
        {notice ? (
          <p role="status" className="mt-4 rounded-md bg-green-50 p-4 text-green-900">
            {notice}
            {params.notice === "canceled" && m?.cancelAtPeriodEnd ? ` ${describeCancellation(m)}` : null}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-4 text-red-900">
            {error}
          </p>
        ) : null}
        {overview.stripe === "unavailable" ? (
          <p role="alert" className="mt-4 rounded-md bg-amber-50 p-4 text-amber-900">
            {PAYMENTS_UNAVAILABLE_MESSAGE} What you see below is what we last heard.
          </p>
        ) : null}
        {!m ? (
          <p className="mt-6">
            You don&apos;t have a membership yet.{" "}
            <Link href="/subscribe" className="underline">
              See the plans
            </Link>
            .
          </p>
        ) : (
          <>
            <dl
              className="mt-6 grid grid-cols-[max-content_1fr] gap-x-8 gap-y-3"
              aria-label="Your membership"
            >
              <dt className="font-semibold">Plan</dt>
              <dd>{plans[m.plan].name}</dd>
              <dt className="font-semibold">Status</dt>
              <dd data-testid="membership-status">{describeStatus(m)}</dd>
              {cardlessTrial ? (
                <>
                  <dt className="font-semibold">When the trial ends</dt>
                  <dd data-testid="trial-end">
                    {describeTrialEnd(m, false).map((sentence) => (
                      <p key={sentence}>{sentence}</p>
                    ))}
                  </dd>
                </>
              ) : overview.nextCharge ? (
                <>
                  <dt className="font-semibold">Next payment</dt>
                  <dd data-testid="next-charge">
                    {formatMoney(overview.nextCharge.amountMinor, overview.nextCharge.currency)} on{" "}
                    {formatDate(overview.nextCharge.date)}
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold">Card</dt>
              <dd data-testid="card">
                {overview.card
                  ? `${overview.card.brand.toUpperCase()} ending ${overview.card.last4}`
                  : "No card on file"}
              </dd>
            </dl>
            {overview.stripe === "unknown" ? (
              <p className="mt-4 text-sm">
                This is a demo membership: our payment provider has no record of it, so it can&apos;t be
                changed here.
              </p>
            ) : null}
            <MembershipButtons membership={m} hasCard={hasCard} disabled={overview.stripe !== "ok"} />
            <InvoiceList invoices={overview.invoices} />
          </>
        )}
      </div>
    </SiteShell>
  );
}
