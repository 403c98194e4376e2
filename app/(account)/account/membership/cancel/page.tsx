import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SiteShell } from "@/app/_components/site-shell";
import { PageHeading } from "../page-heading";
import { requireUser } from "@/lib/auth/session";
import { CANCEL_REASONS } from "@/lib/billing/cancel-reasons";
import { findOpenMembership } from "@/lib/billing/manage";
import { describeCancellation } from "@/lib/billing/membership-words";
import { CancelForm } from "./cancel-form";

export const metadata: Metadata = { title: "Cancel your membership", robots: { index: false } };

// The confirmation step before cancelling: what it means, in the words of the state (trial or paid, with the
// date), an optional reason for us, and a way back. Undo stays one click on the membership page.

export default async function CancelMembershipPage() {
  const user = await requireUser("/account/membership/cancel");
  const m = await findOpenMembership(user.id);
  const running = m && (m.status === "trialing" || m.status === "active" || m.status === "past_due");
  if (!m || !running || m.cancelAtPeriodEnd) redirect("/account/membership");
  const trial = m.status === "trialing";

  return (
    <SiteShell>
      <div className="mx-auto max-w-2xl">
        <PageHeading
          back={{ href: "/account/membership", label: "Your membership" }}
          title={trial ? "Cancel your free trial?" : "Cancel your membership?"}
        />
        <p className="mt-4 text-lg" data-testid="cancel-consequence">
          {describeCancellation(m)}
        </p>
        <p className="mt-2">If you change your mind, one click on your membership page undoes it.</p>
        <CancelForm
          reasons={Object.entries(CANCEL_REASONS).map(([value, label]) => ({ value, label }))}
          confirmLabel={trial ? "Cancel my free trial" : "Cancel my membership"}
        />
      </div>
    </SiteShell>
  );
}
