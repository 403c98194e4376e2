import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { formatMoney } from "@/lib/billing/plans";
import { monthContaining, monthName, monthsAfter, parseMonth } from "@/lib/business/payout-month";
import { getPayoutStatement } from "@/lib/business/payouts";
import { buttonClass, secondaryButtonClass } from "../_components/field-classes";
import { CloseMonthForm } from "./close-form";
import { MonthForm } from "./month-form";
import { PayoutsTable } from "./payouts-table";
import { utcMinute } from "../_lib/format";

export const metadata: Metadata = { title: "Payouts" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// A month's publisher payouts (admins only; README "Publisher payouts"): live while open, frozen once closed.
export default async function PayoutsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("admin", "/admin/payouts");
  const query = await searchParams;
  const asked = one(query.month) ?? monthsAfter(monthContaining(new Date()), -1).key;
  const parsed = parseMonth(asked);
  const statement = parsed.ok ? await getPayoutStatement(parsed.month) : null;
  const confirming = one(query.confirm) === "1" && statement?.closable.ok === true;
  const money = (minor: number) => formatMoney(minor, statement?.currency);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Payouts</h1>
      <MonthForm value={asked} error={parsed.ok ? undefined : parsed.message} />
      {statement ? (
        <section aria-labelledby="statement-heading">
          <h2 id="statement-heading" className="mb-2 font-serif text-2xl font-bold">
            {monthName(statement.month)} · {statement.closed ? "closed" : "open"}
          </h2>
          <p className="mb-1 text-sm">
            {statement.closed
              ? `Closed ${utcMinute(statement.closed.at)}: these figures are frozen.`
              : "Open: the figures follow the reads, payments and refunds recorded so far."}
          </p>
          <p className="mb-4 text-sm text-neutral-700 dark:text-neutral-300">
            Net membership revenue (paid less tax and refunds) {money(statement.netRevenueMinor)}
            {statement.lateRevenueMinor !== 0
              ? ` (${money(statement.lateRevenueMinor)} of it recorded for closed months after their close)`
              : ""}{" "}
            · pool {statement.poolPercent} % = {money(statement.poolMinor)} · shared by members&apos; reading
            time.
          </p>
          {statement.lines.length > 0 ? (
            <PayoutsTable statement={statement} caption={`Payouts by title, ${monthName(statement.month)}`} />
          ) : (
            <p className="mb-6">No member read anything this month: nothing is paid out.</p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <a href={`/admin/payouts.csv?month=${statement.month.key}`} className={secondaryButtonClass}>
              Download CSV<span className="sr-only"> for {monthName(statement.month)}</span>
            </a>
            {statement.closable.ok && !confirming ? (
              <Link href={`/admin/payouts?month=${statement.month.key}&confirm=1`} className={buttonClass}>
                Close {monthName(statement.month)}…
              </Link>
            ) : null}
            {!statement.closable.ok && !statement.closed ? (
              <p className="text-sm text-neutral-700 dark:text-neutral-300">{statement.closable.reason}</p>
            ) : null}
          </div>
          {confirming ? (
            <section
              aria-labelledby="confirm-heading"
              className="mt-6 rounded-md border border-amber-400 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
            >
              <h3 id="confirm-heading" className="mb-2 text-lg font-semibold">
                Close {monthName(statement.month)}?
              </h3>
              <p className="mb-3 text-sm">
                The payouts above ({money(statement.poolMinor)} to {statement.lines.length} titles) are frozen
                for good. Reads and payments recorded for this month afterwards count in the next open month.
              </p>
              <CloseMonthForm month={statement.month.key} name={monthName(statement.month)} />
            </section>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
