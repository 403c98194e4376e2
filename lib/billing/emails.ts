import "server-only";
import { absoluteUrl, composeMail } from "../email/layout";
import type { Mail } from "../email/send";
import type { BillingUser } from "../db/queries/billing";
import type { Membership } from "../db/schema";
import { describePrice, formatDate, plans } from "./plans";

// The mails billing sends at the moments that matter. Built from the membership row as stored.

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

export function trialEndingMail(to: string, m: Membership, hasCard: boolean): Mail {
  const ends = m.trialEnd ? formatDate(m.trialEnd) : "in three days";
  return composeMail(to, `Your free trial ends on ${ends}`, {
    heading: "Your free trial ends in 3 days",
    paragraphs: hasCard
      ? [
          `On ${ends} your membership continues at ${describePrice(plans[m.plan])}. Nothing to do if that suits you.`,
        ]
      : [
          `Your trial ends on ${ends}. Add a card to keep reading — ${describePrice(plans[m.plan])}, cancel any time.`,
          "Without a card your membership pauses and articles show their first paragraphs only.",
        ],
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

const ENDED = new Set(["canceled", "paused", "unpaid", "incomplete_expired"]);

/** Mails owed for a change of state seen under the user's lock: each transition is seen exactly once. */
export function transitionMails(
  user: BillingUser,
  previous: Membership | null,
  current: Membership | null,
): Mail[] {
  if (!current) return [];
  const mails: Mail[] = [];
  if (!previous && current.status === "trialing") mails.push(trialStartedMail(user.email, current));
  const wasLive = previous ? !ENDED.has(previous.status) : false;
  if (wasLive && ENDED.has(current.status)) mails.push(membershipEndedMail(user.email, current));
  return mails;
}
