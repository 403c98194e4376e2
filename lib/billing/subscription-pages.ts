import "server-only";
import type Stripe from "stripe";
import type { MembershipFields } from "../db/queries/billing";
import type { HistoryFacts } from "../db/queries/membership-history";
import { getStripe } from "./stripe-client";
import { mirrorOf } from "./sync";

// Every subscription Stripe has, page by page, as the sync would store it (the reconciliation compares these
// with our mirror). Read through the same pure mapping as the sync, so "no drift" means "a sync would change
// nothing"; a subscription on a test clock is read in its clock's frame, as its sync stored it.

/** One subscription as Stripe has it: the membership row and history facts a sync would write now. */
export interface StripeSubscriptionState {
  fields: MembershipFields;
  history: HistoryFacts;
  /** Our user id as checkout put it in the metadata (trusted by the sync only if the customer matches). */
  userIdHint: string | null;
}

const PAGE_SIZE = 100; // Stripe's largest page

function stateOf(sub: Stripe.Subscription): StripeSubscriptionState {
  const clock = sub.test_clock && typeof sub.test_clock === "object" ? sub.test_clock : null;
  const { fields, history } = mirrorOf(sub, clock);
  return { fields, history, userIdHint: sub.metadata?.userId ?? null };
}

/**
 * Yields Stripe's subscriptions (every status, canceled included) a page at a time, oldest pages last as
 * Stripe orders them. A Stripe error (outage, refused key) is thrown as the SDK raised it, for the caller to record.
 */
export async function* listStripeSubscriptionPages(
  pageSize = PAGE_SIZE,
): AsyncGenerator<StripeSubscriptionState[]> {
  const stripe = getStripe();
  let startingAfter: string | undefined;
  for (;;) {
    const page = await stripe.subscriptions.list({
      status: "all",
      limit: pageSize,
      expand: ["data.test_clock"],
      ...(startingAfter ? { starting_after: startingAfter } : {}),
    });
    if (page.data.length > 0) yield page.data.map(stateOf);
    const last = page.data.at(-1);
    if (!page.has_more || !last) return;
    startingAfter = last.id;
  }
}
