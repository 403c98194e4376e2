import "server-only";
import type { Membership } from "../db/schema";
import { deliverNow } from "../email/send";
import { isPaymentsUnavailable, isUnknownCustomer } from "./errors";
import { syncSubscription } from "./sync";

// A membership row past its trial or period end (entitlements.needsRecheck) is re-read from Stripe before a
// body is served, with the webhook's own sync, so a missed webhook stops reading at the end plus the grace.
//
// When Stripe cannot be reached (or does not answer within CONFIRM_TIMEOUT_MS), the stored row is returned as
// it was, so canRead keeps answering "unconfirmed": the reader gets the teaser and a note to try again. We
// fail closed because the row is by then known to be out of date, only readers whose webhook was missed are
// affected, and the next request after Stripe is back reads again.

/** Short on purpose: this runs inside an article request. One attempt, no retry. */
export const CONFIRM_TIMEOUT_MS = 4_000;

export async function confirmMembership(stored: Membership): Promise<Membership> {
  try {
    const { result, mailIds } = await syncSubscription(
      { subscriptionId: stored.stripeSubscriptionId, customerId: stored.stripeCustomerId },
      undefined,
      { timeout: CONFIRM_TIMEOUT_MS, maxNetworkRetries: 0 },
    );
    void deliverNow(mailIds); // never throws; the worker retries what does not go out
    return result.outcome === "applied" && result.current ? result.current : stored;
  } catch (error) {
    if (isPaymentsUnavailable(error)) {
      console.warn("membership re-check: Stripe unreachable; not serving the body", {
        subscription: stored.stripeSubscriptionId,
      });
      return stored;
    }
    if (isUnknownCustomer(error)) return stored;
    throw error;
  }
}
