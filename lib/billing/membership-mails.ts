import "server-only";
import type { AppliedSync } from "../db/queries/billing";
import type { Membership } from "../db/schema";
import type { Mail } from "../email/send";
import {
  cancellationScheduledMail,
  cardUpdatedMail,
  membershipResumedMail,
  planSwitchedMail,
} from "./change-emails";
import { membershipEndedMail, paymentFailedMail, trialStartedMail } from "./emails";

// Which mails a stored change owes, decided from the row before and after the sync (under the user's lock,
// so each change is seen exactly once, by whichever sync stores it first: webhook, button or page). Never
// from an event's type: an event only makes us re-read Stripe, and a misleading one changes nothing.

const ENDED = new Set(["canceled", "paused", "unpaid", "incomplete_expired"]);
const RUNNING = new Set(["trialing", "active", "past_due"]);
// Where a missing card matters, so a card appearing is news to the member (see cardChanged).
const NEEDS_CARD = new Set(["trialing", "past_due", "paused", "unpaid"]);

/** A card added where one was missing, or replaced. A row from before cards were recorded (null) that turns out
 *  to have a card on a plain active membership is not news, and gets no mail. */
function cardChanged(previous: Membership, current: Membership): boolean {
  if (!current.paymentMethodId || previous.paymentMethodId === current.paymentMethodId) return false;
  return previous.paymentMethodId !== null || NEEDS_CARD.has(previous.status);
}

function resumed(previous: Membership, current: Membership): boolean {
  if (!RUNNING.has(current.status) || current.cancelAtPeriodEnd) return false;
  return previous.cancelAtPeriodEnd || previous.status === "paused";
}

export function transitionMails({ user, previous, current }: Omit<AppliedSync, "outcome">): Mail[] {
  if (!current) return [];
  const to = user.email;
  if (!previous) return current.status === "trialing" ? [trialStartedMail(to, current)] : [];
  const mails: Mail[] = [];
  const wasLive = !ENDED.has(previous.status);
  if (wasLive && ENDED.has(current.status)) return [membershipEndedMail(to, current)];
  if (previous.plan !== current.plan) mails.push(planSwitchedMail(to, previous, current));
  if (cardChanged(previous, current)) mails.push(cardUpdatedMail(to, current));
  if (!previous.cancelAtPeriodEnd && current.cancelAtPeriodEnd && RUNNING.has(current.status)) {
    mails.push(cancellationScheduledMail(to, current));
  }
  if (resumed(previous, current)) mails.push(membershipResumedMail(to, current));
  if (previous.status !== "past_due" && current.status === "past_due") {
    mails.push(paymentFailedMail(to, current));
  }
  return mails;
}
