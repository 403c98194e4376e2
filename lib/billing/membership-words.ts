import type { Membership } from "../db/schema";
import { describePrice, formatDate, formatMoney, plans } from "./plans";

// The sentences that say what happens next to a membership, shared by the membership page and the mails so
// the two never disagree. Built from the stored row; dates are the real ones.

export type WordsMembership = Pick<
  Membership,
  "status" | "plan" | "trialEnd" | "currentPeriodEnd" | "cancelAtPeriodEnd"
>;

/** The day a trial ends (a trial's period ends with it). */
export function trialEndOf(m: WordsMembership): Date | null {
  return m.trialEnd ?? m.currentPeriodEnd;
}

function dayOr(date: Date | null, fallback: string): string {
  return date ? formatDate(date) : fallback;
}

/** What the end of a trial brings: a charge to the card, or (no card) a pause and the teaser only. */
export function describeTrialEnd(m: WordsMembership, hasCard: boolean): string[] {
  const ends = dayOr(trialEndOf(m), "the end of your trial");
  const price = describePrice(plans[m.plan]);
  if (hasCard) return [`Your free trial ends on ${ends}. Then your card is charged ${price}.`];
  return [
    `Your free trial ends on ${ends}. There is no card on file, so you won't be charged: on that day your membership pauses and articles show their opening paragraphs only.`,
    `Add a card to keep reading after ${ends}, for ${price}. Cancel any time.`,
  ];
}

/** What a scheduled cancellation means, in the words of the state it was made in. */
export function describeCancellation(m: WordsMembership): string {
  if (m.status === "trialing") {
    return `Your free trial ends on ${dayOr(trialEndOf(m), "its last day")} and you won't be charged. You can read everything until then.`;
  }
  return `Your membership ends on ${dayOr(m.currentPeriodEnd, "the last day you've paid for")} and you won't be charged again. You can read everything until then.`;
}

/** What happens next for a running membership: the trial's end, or the next payment. */
export function describeNextStep(m: WordsMembership, hasCard: boolean): string {
  const plan = plans[m.plan];
  if (m.status === "trialing") return describeTrialEnd(m, hasCard).join(" ");
  return m.currentPeriodEnd
    ? `Your next payment is ${formatMoney(plan.amountMinor, plan.currency)} on ${formatDate(m.currentPeriodEnd)}.`
    : `Your membership continues at ${describePrice(plan)}.`;
}
