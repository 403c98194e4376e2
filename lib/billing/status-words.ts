import type { Membership } from "../db/schema";
import { formatDate } from "./plans";

// A membership's state in plain words for the reader.

export type StatusMembership = Pick<
  Membership,
  "status" | "trialEnd" | "currentPeriodEnd" | "cancelAtPeriodEnd"
>;

export function describeStatus(m: StatusMembership): string {
  const ends = m.currentPeriodEnd ? formatDate(m.currentPeriodEnd) : null;
  if (m.status === "trialing" && m.cancelAtPeriodEnd && (m.trialEnd ?? m.currentPeriodEnd)) {
    const trialEnds = formatDate(m.trialEnd ?? m.currentPeriodEnd ?? new Date());
    return `Free trial cancelled — you can read until it ends on ${trialEnds}, and you won't be charged`;
  }
  if (m.status === "active" && m.cancelAtPeriodEnd && ends) {
    return `Cancelled — you can read until it ends on ${ends}`;
  }
  switch (m.status) {
    case "trialing":
      return m.trialEnd ? `Free trial — ends on ${formatDate(m.trialEnd)}` : "Free trial";
    case "active":
      return "Active";
    case "past_due":
      return "Payment overdue — please update your card";
    case "paused":
      return "Paused — your trial ended without a card";
    case "unpaid":
      return "Unpaid — please update your card";
    case "incomplete":
      return "Waiting for your first payment";
    case "canceled":
      return "Ended";
    default:
      return "Not active";
  }
}
