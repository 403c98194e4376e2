import "server-only";
import { absoluteUrl, composeMail } from "../email/layout";
import type { Mail } from "../email/send";
import type { Membership } from "../db/schema";
import { describeCancellation, describeNextStep } from "./membership-words";
import { describePrice, plans } from "./plans";

// Mails confirming a change to a membership, whoever made it (our pages, the Stripe portal, support).
// Chosen by membership-mails.ts from the change a sync observed.

const MEMBERSHIP_PAGE = "/account/membership";
const NOT_YOU =
  "You are getting this because your Newsstand membership changed. If you didn't make this change, reply to this email.";
const manage = { label: "Manage your membership", url: absoluteUrl(MEMBERSHIP_PAGE) };

export function planSwitchedMail(to: string, previous: Membership, current: Membership): Mail {
  const plan = plans[current.plan];
  return composeMail(to, `Your plan is now ${plan.name.toLowerCase()}`, {
    heading: `You've switched to the ${plan.name.toLowerCase()} plan`,
    paragraphs: [
      `Your plan changed from ${plans[previous.plan].name.toLowerCase()} to ${plan.name.toLowerCase()}: ${describePrice(plan)}.`,
      describeNextStep(current, current.paymentMethodId !== null),
    ],
    action: manage,
    footer: NOT_YOU,
  });
}

export function cancellationScheduledMail(to: string, m: Membership): Mail {
  const trial = m.status === "trialing";
  return composeMail(to, trial ? "Your free trial is cancelled" : "Your membership is cancelled", {
    heading: trial ? "Your free trial is cancelled" : "Your membership is cancelled",
    paragraphs: [describeCancellation(m), "Changed your mind? One click on your membership page undoes it."],
    action: { label: "Keep my membership", url: absoluteUrl(MEMBERSHIP_PAGE) },
    footer: NOT_YOU,
  });
}

export function membershipResumedMail(to: string, m: Membership): Mail {
  return composeMail(to, "Your Newsstand membership carries on", {
    heading: "Your membership carries on",
    paragraphs: [
      "Your membership is no longer cancelled: everything stays as it was.",
      describeNextStep(m, m.paymentMethodId !== null),
    ],
    action: manage,
    footer: NOT_YOU,
  });
}

export function cardUpdatedMail(to: string, m: Membership): Mail {
  return composeMail(to, "Your card for Newsstand has been saved", {
    heading: "Your card has been saved",
    paragraphs: [
      "We'll take your membership payments from the card you just saved.",
      describeNextStep(m, true),
    ],
    action: manage,
    footer: NOT_YOU,
  });
}

export function accountDeletedMail(to: string): Mail {
  return composeMail(to, "Your Newsstand account has been deleted", {
    heading: "Your account has been deleted",
    paragraphs: [
      "Your Newsstand account and everything personal in it have been deleted.",
      "If you had a membership, it has been cancelled and you won't be charged again.",
    ],
    footer:
      "You are getting this because your Newsstand account was deleted. If that wasn't you, reply to this email.",
  });
}
