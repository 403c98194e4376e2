import "server-only";
import type Stripe from "stripe";
import {
  applyMembershipSync,
  type MembershipSyncInput,
  findBillingUser,
  saveStripeCustomerId,
  type BillingUser,
  type MembershipSyncResult,
} from "../db/queries/billing";
import { enqueueMails } from "../email/send";
import { callStripe, isResourceMissing, UnknownCustomerError } from "./errors";
import { historyFactsOf, observedAtOf, paymentOf } from "./history-facts";
import { transitionMails } from "./membership-mails";
import { timeFrameOf, toMembershipFields, type TimeFrame } from "./membership-fields";
import { getStripe } from "./stripe-client";

// The one way a membership row changes: re-read the subscription from Stripe and upsert it,
// used by webhooks, the checkout success page and the membership page alike.

export interface SubscriptionRef {
  subscriptionId: string;
  customerId: string | null;
  /** Our user id as we put it in metadata / client_reference_id; trusted only if the customer matches. */
  userIdHint?: string | null;
}

/** A customer our DB doesn't know yet: adopt it for the user named in its metadata, never stealing another's. */
async function adoptCustomer(ref: SubscriptionRef): Promise<string> {
  // Happens when our write of the customer id was lost after Stripe created the customer.
  if (ref.userIdHint && ref.customerId) {
    const user = await findBillingUser(ref.userIdHint);
    if (
      user &&
      !user.stripeCustomerId &&
      (await saveStripeCustomerId(user.id, ref.customerId)) === ref.customerId
    ) {
      return user.id;
    }
  }
  throw new UnknownCustomerError(`customer ${ref.customerId ?? "?"} (subscription ${ref.subscriptionId})`);
}

export async function fetchSubscription(
  subscriptionId: string,
  requestOptions?: Stripe.RequestOptions,
): Promise<Stripe.Subscription | null> {
  const stripe = getStripe();
  try {
    return await callStripe(() =>
      // One round trip: the test clock (test mode only) comes along instead of a second request.
      stripe.subscriptions.retrieve(
        subscriptionId,
        { expand: ["latest_invoice", "default_payment_method", "test_clock"] },
        requestOptions,
      ),
    );
  } catch (error) {
    if (isResourceMissing(error)) return null; // e.g. seeded demo subscriptions Stripe never saw
    throw error;
  }
}

async function fetchClock(sub: Stripe.Subscription): Promise<Stripe.TestHelpers.TestClock | null> {
  if (!sub.test_clock) return null;
  if (typeof sub.test_clock === "object") return sub.test_clock;
  const clockId = sub.test_clock;
  return callStripe(() => getStripe().testHelpers.testClocks.retrieve(clockId));
}

/**
 * What a sync stores for `sub`, read in its test clock's frame (none: real time): the membership row's fields
 * and the history facts. The reconciliation compares Stripe's list through this same mapping.
 */
export function mirrorOf(sub: Stripe.Subscription, clock: Stripe.TestHelpers.TestClock | null) {
  const frame = timeFrameOf(clock);
  return {
    frame,
    fields: toMembershipFields(sub, frame),
    history: historyFactsOf(sub, observedAtOf(clock, frame)),
  };
}

/** What a sync read from Stripe, for callers that show more of it (the membership page). */
export interface SubscriptionRead {
  subscription: Stripe.Subscription;
  frame: TimeFrame;
}

/**
 * The sync's result; the subscription it read (null: Stripe has none, or nothing was read); and the ids of
 * the mails it queued (for `deliverNow` once the answer is on its way). Every sync queues the mails the change
 * it stored owes (membership-mails.ts), in its own transaction: whichever sync sees a change first, the
 * webhook's, a button's or the membership page's, sends them, and only once.
 */
export async function syncSubscription(
  ref: SubscriptionRef,
  event?: { id: string; type: string },
  requestOptions?: Stripe.RequestOptions,
): Promise<{ result: MembershipSyncResult; read: SubscriptionRead | null; mailIds: number[] }> {
  let read: SubscriptionRead | null = null;
  let mailIds: number[] = [];
  const onApplied: MembershipSyncInput["onApplied"] = async (tx, applied) => {
    const mails = transitionMails(applied);
    if (mails.length > 0) mailIds = await enqueueMails(mails, tx);
  };
  const load = async (user: BillingUser) => {
    const sub = await fetchSubscription(ref.subscriptionId, requestOptions);
    if (!sub) return null;
    const { frame, fields, history } = mirrorOf(sub, await fetchClock(sub));
    read = { subscription: sub, frame };
    if (fields.stripeCustomerId !== user.stripeCustomerId) {
      throw new UnknownCustomerError(`subscription ${sub.id} of customer ${fields.stripeCustomerId}`);
    }
    return { fields, history, payment: paymentOf(sub, frame) };
  };
  const known = ref.customerId
    ? await applyMembershipSync({ owner: { customerId: ref.customerId }, event, load, onApplied })
    : null;
  if (known) return { result: known, read, mailIds };
  const adopted = await applyMembershipSync({
    owner: { userId: await adoptCustomer(ref) },
    event,
    load,
    onApplied,
  });
  if (!adopted) throw new UnknownCustomerError(`user of customer ${ref.customerId ?? "?"}`);
  return { result: adopted, read, mailIds };
}
