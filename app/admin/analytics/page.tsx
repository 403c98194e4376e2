import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { getAnalytics, parsePeriod } from "@/lib/business/analytics";
import { MembershipSection } from "./membership-section";
import { PeriodForm } from "./period-form";
import { ReadingSection } from "./reading-section";
import { ReconciliationSection } from "./reconciliation-section";

export const metadata: Metadata = { title: "Analytics" };

// Admins see members, money and reading; editors the reading only (the role is checked here, not by the layout).
export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("editor", "/admin/analytics");
  const asked = parsePeriod(await searchParams);
  const analytics = asked.ok ? await getAnalytics(user, asked.period) : null;
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Analytics</h1>
      <PeriodForm values={asked.values} error={asked.ok ? undefined : asked.message} />
      {analytics?.membership ? <MembershipSection figures={analytics.membership} /> : null}
      {analytics ? <ReadingSection figures={analytics.reading} /> : null}
      {user.role === "admin" ? <ReconciliationSection user={user} /> : null}
    </>
  );
}
