import Link from "next/link";
import type { MembershipOverview } from "@/lib/billing/overview";
import { PLAN_KEYS, plans } from "@/lib/billing/plans";
import { openPortalAction, resumeAction, undoCancelAction } from "./actions";
import { buttonClass, primaryClass } from "./button-styles";

type Membership = NonNullable<MembershipOverview["membership"]>;

/** A step that asks first (cancel, switch plan) is a link to its confirmation page; a disabled one is plain text. */
function StepLink({ href, disabled, children }: { href: string; disabled: boolean; children: string }) {
  if (disabled)
    return (
      <span aria-disabled="true" className={`${buttonClass} opacity-50`}>
        {children}
      </span>
    );
  return (
    <Link href={href} className={buttonClass} prefetch={false}>
      {children}
    </Link>
  );
}

/** Manage in the Stripe portal, plus the common changes: cancel and switch ask first, undo is one click. */
export function MembershipButtons({
  membership: m,
  hasCard,
  disabled,
}: {
  membership: Membership;
  hasCard: boolean;
  disabled: boolean;
}) {
  const running = m.status === "trialing" || m.status === "active" || m.status === "past_due";
  const other = PLAN_KEYS.find((k) => k !== m.plan);
  const needsCard =
    m.status === "past_due" ||
    m.status === "unpaid" ||
    m.status === "paused" ||
    (m.status === "trialing" && !hasCard);
  return (
    <div className="mt-8 flex flex-wrap items-center gap-3">
      <form action={openPortalAction}>
        <button type="submit" className={primaryClass} disabled={disabled}>
          Manage in billing portal
        </button>
      </form>
      {needsCard ? (
        <form action={openPortalAction}>
          <input type="hidden" name="flow" value="payment_method_update" />
          <button type="submit" className={buttonClass} disabled={disabled}>
            {hasCard ? "Update card" : "Add a card"}
          </button>
        </form>
      ) : null}
      {m.status === "paused" && hasCard ? (
        <form action={resumeAction}>
          <button type="submit" className={buttonClass} disabled={disabled}>
            Resume membership
          </button>
        </form>
      ) : null}
      {running && !m.cancelAtPeriodEnd ? (
        <StepLink href="/account/membership/cancel" disabled={disabled}>
          {m.status === "trialing" ? "Cancel free trial" : "Cancel membership"}
        </StepLink>
      ) : null}
      {running && m.cancelAtPeriodEnd ? (
        <form action={undoCancelAction}>
          <button type="submit" className={buttonClass} disabled={disabled}>
            Keep my membership
          </button>
        </form>
      ) : null}
      {running && other ? (
        <StepLink href={`/account/membership/switch?plan=${other}`} disabled={disabled}>
          {`Switch to ${plans[other].name.toLowerCase()}`}
        </StepLink>
      ) : null}
    </div>
  );
}
