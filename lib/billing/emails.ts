import "server-only";
import { absoluteUrl, composeMail } from "../email/layout";
import type { Mail } from "../email/send";
import type { Membership } from "../db/schema";
import { describeTrialEnd, trialEndOf } from "./membership-words";
import { describePrice, formatDate, plans } from "./plans";

// The mails billing sends at the moments that matter in a trial and a payment. Built from the membership row as
// stored; membership-mails.ts decides which one a change owes.

const MEMBERSHIP_PAGE = "/account/membership";
const NOT_YOU = "You are getting this because you have a Newsstand membership.";

export function trialStartedMail(to: string, m: Membership): Mail {
  const ends = m.trialEnd ? formatDate(m.trialEnd) : "in a few days";
  return composeMail(to, `Your free trial has started — free until ${ends}`, {
    heading: "Welcome to Newsstand",
    paragraphs: [
      "Your free trial has started: every article from every title is yours to read.",
      `It is free until ${ends}, then ${describePrice(plans[m.plan])}. Cancel before then and you pay nothing.`,
    ],
    action: { label: "Manage your membership", url: absoluteUrl(MEMBERSHIP_PAGE) },
    footer: NOT_YOU,
  });
}

/** Says what the membership page says about the trial's end: the same sentences (membership-words.ts). */
export function trialEndingMail(to: string, m: Membership, hasCard: boolean): Mail {
  const end = trialEndOf(m);
  const ends = end ? formatDate(end) : "in three days";
  return composeMail(to, `Your free trial ends on ${ends}`, {
    heading: "Your free trial ends in 3 days",
    paragraphs: [...describeTrialEnd(m, hasCard), ...(hasCard ? ["Nothing to do if that suits you."] : [])],
    action: { label: hasCard ? "Manage your membership" : "Add a card", url: absoluteUrl(MEMBERSHIP_PAGE) },
    footer: NOT_YOU,
  });
}

export function paymentFailedMail(to: string, m: Membership): Mail {
  return composeMail(to, "Your Newsstand payment didn't go through", {
    heading: "We couldn't take your payment",
    paragraphs: [
      `Your card was declined for ${describePrice(plans[m.plan])}.`,
      "You can keep reading for a few days while you update your card.",
    ],
    action: { label: "Update your card", url: absoluteUrl(MEMBERSHIP_PAGE) },
    footer: NOT_YOU,
  });
}

export function membershipEndedMail(to: string, m: Membership): Mail {
  const paused = m.status === "paused";
  return composeMail(to, paused ? "Your free trial has ended" : "Your Newsstand membership has ended", {
    heading: paused ? "Your free trial has ended" : "Your membership has ended",
    paragraphs: paused
      ? [
          "Your trial ended without a card, so your membership is paused.",
          "Add a card to pick up where you left off.",
        ]
      : ["Your membership has ended. Thank you for reading with us.", "You are welcome back any time."],
    action: paused
      ? { label: "Add a card", url: absoluteUrl(MEMBERSHIP_PAGE) }
      : { label: "Rejoin Newsstand", url: absoluteUrl("/subscribe") },
    footer: NOT_YOU,
  });
}
