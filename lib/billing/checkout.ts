import "server-only";
import { settings } from "../config/settings";
import { listOpenMemberships, withBillingUserLocked } from "../db/queries/billing";
import { getStripeProducts } from "./stripe-products";
import { ensureStripeCustomer, getBillingUser } from "./customers";
import { callStripe } from "./errors";
import { TRIAL_DAYS, type PlanKey } from "./plans";
import { safeReturnTo } from "./return-to";
import { getStripe } from "./stripe-client";

// Starting a membership: Stripe Checkout in subscription mode, with the free trial for first-timers.

// An open membership (also what the membership page shows and manages). Someone with one goes to their membership
// page (to manage, fix a card or resume), never to a second checkout.
export const CHECKOUT_BLOCKING_STATUSES = new Set(["trialing", "active", "past_due", "paused", "unpaid"]);

export type CheckoutStart =
  { kind: "checkout"; url: string } | { kind: "already-member"; url: "/account/membership" };

export interface CheckoutRequest {
  userId: string;
  plan: PlanKey;
  returnTo?: string;
  /** Absolute origin of this site, e.g. http://localhost:3000: Stripe redirects back there. */
  origin: string;
}

export function isTrialEligible(user: { trialStartedAt: Date | null }): boolean {
  return TRIAL_DAYS > 0 && user.trialStartedAt === null;
}

export async function startCheckout(request: CheckoutRequest): Promise<CheckoutStart> {
  const open = await listOpenMemberships(request.userId);
  if (open.some((m) => CHECKOUT_BLOCKING_STATUSES.has(m.status)))
    return { kind: "already-member", url: "/account/membership" };

  const catalog = await getStripeProducts();
  // Idempotent, so two checkouts racing here end with the same customer.
  const customerId = await ensureStripeCustomer(await getBillingUser(request.userId));
  const returnTo = safeReturnTo(request.returnTo);
  const successUrl = new URL("/checkout/success", request.origin);
  successUrl.searchParams.set("returnTo", returnTo);
  const cancelUrl = new URL("/subscribe", request.origin);
  cancelUrl.searchParams.set("plan", request.plan);
  cancelUrl.searchParams.set("returnTo", returnTo);
  const metadata = { userId: request.userId, plan: request.plan };

  // One checkout at a time per user: the next one waits for this lock, then expires the session made here,
  // so of two checkouts started together only the newest stays open to grant the one trial.
  const url = await withBillingUserLocked(request.userId, async (user) => {
    const trial = isTrialEligible(user) && !(await hasHadSubscription(customerId));
    await expireOpenCheckouts(customerId);
    const session = await callStripe(() =>
      getStripe().checkout.sessions.create({
        mode: "subscription",
        // Stripe's own page (this API version's name for it): the session then has the `url` we redirect to.
        ui_mode: "hosted_page",
        customer: customerId,
        client_reference_id: user.id,
        metadata,
        line_items: [{ price: catalog.priceIds[request.plan], quantity: 1 }],
        // Without a trial something is due today, so a card is always needed.
        payment_method_collection: trial && !settings.TRIAL_REQUIRES_CARD ? "if_required" : "always",
        subscription_data: {
          metadata,
          ...(trial
            ? {
                trial_period_days: TRIAL_DAYS,
                trial_settings: { end_behavior: { missing_payment_method: "pause" } },
              }
            : {}),
        },
        // Stripe substitutes the literal {CHECKOUT_SESSION_ID}; URL encoding would hide it.
        success_url: `${successUrl.toString()}&session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: cancelUrl.toString(),
      }),
    );
    if (!session.url) throw new Error(`checkout session ${session.id} has no url`);
    return session.url;
  });
  if (!url) throw new Error(`no user ${request.userId}`);
  return { kind: "checkout", url };
}

/** An earlier checkout left open in another tab could otherwise be completed too: a second trial. */
/**
 * Stripe's word on "one trial ever": trial_started_at is recorded by the checkout return or the webhook, so a
 * checkout finished a moment ago, whose webhook has not arrived yet, is only visible in Stripe.
 */
async function hasHadSubscription(customer: string): Promise<boolean> {
  const subscriptions = await callStripe(() =>
    getStripe().subscriptions.list({ customer, status: "all", limit: 1 }),
  );
  return subscriptions.data.length > 0;
}

async function expireOpenCheckouts(customer: string): Promise<void> {
  const stripe = getStripe();
  await callStripe(async () => {
    for await (const open of stripe.checkout.sessions.list({ customer, status: "open", limit: 100 })) {
      await stripe.checkout.sessions.expire(open.id);
    }
  });
}
