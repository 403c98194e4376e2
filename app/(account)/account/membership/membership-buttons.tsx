import type { MembershipOverview } from "@/lib/billing/overview";
import { PLAN_KEYS, plans } from "@/lib/billing/plans";
import { cancelAction, openPortalAction, resumeAction, switchPlanAction, undoCancelAction } from "./actions";

const button =
  "rounded-md border border-neutral-900 px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-50 dark:border-white dark:hover:bg-neutral-800";
const primary =
  "rounded-md bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 disabled:opacity-50 dark:bg-white dark:text-neutral-900";

/** Manage in the Stripe portal, plus the common changes as direct buttons. */
export function MembershipButtons({
  membership: m,
  hasCard,
  disabled,
}: {
  membership: NonNullable<MembershipOverview["membership"]>;
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
    <div className="mt-8 flex flex-wrap gap-3">
      <form action={openPortalAction}>
        <button type="submit" className={primary} disabled={disabled}>
          Manage in billing portal
        </button>
      </form>
      {needsCard ? (
        <form action={openPortalAction}>
          <input type="hidden" name="flow" value="payment_method_update" />
          <button type="submit" className={button} disabled={disabled}>
            {hasCard ? "Update card" : "Add a card"}
          </button>
        </form>
      ) : null}
      {m.status === "paused" && hasCard ? (
        <form action={resumeAction}>
          <button type="submit" className={button} disabled={disabled}>
            Resume membership
          </button>
        </form>
      ) : null}
      {running && !m.cancelAtPeriodEnd ? (
        <form action={cancelAction}>
          <button type="submit" className={button} disabled={disabled}>
            Cancel membership
          </button>
        </form>
      ) : null}
      {running && m.cancelAtPeriodEnd ? (
        <form action={undoCancelAction}>
          <button type="submit" className={button} disabled={disabled}>
            Keep my membership
          </button>
        </form>
      ) : null}
      {running && other ? (
        <form action={switchPlanAction}>
          <input type="hidden" name="plan" value={other} />
          <button type="submit" className={button} disabled={disabled}>
            Switch to {plans[other].name.toLowerCase()}
          </button>
        </form>
      ) : null}
    </div>
  );
}
