import "server-only";
import { settings } from "../config/settings";
import { findBillingUser, saveStripeCustomerId, type BillingUser } from "../db/queries/billing";
import { callStripe } from "./errors";
import { getStripe } from "./stripe-client";

// One Stripe customer per user, created once and reused.

/**
 * Browser tests advance time through Stripe test clocks, which must be attached when the customer is
 * created. Only with the emulator and E2E test hooks on: real Stripe customers never get one.
 */
function wantsTestClock(): boolean {
  return settings.usesStripeEmulator && settings.E2E_TEST_HOOKS;
}

export async function ensureStripeCustomer(user: BillingUser): Promise<string> {
  if (user.stripeCustomerId) return user.stripeCustomerId;
  const stripe = getStripe();
  const customerId = await callStripe(async () => {
    const clock = wantsTestClock()
      ? await stripe.testHelpers.testClocks.create({
          frozen_time: Math.floor(Date.now() / 1000),
          name: user.id,
        })
      : null;
    // The idempotency key makes a double click (or a retry after our DB write failed) return the same customer.
    const customer = await stripe.customers.create(
      {
        email: user.email,
        name: user.name ?? undefined,
        metadata: { userId: user.id },
        ...(clock ? { test_clock: clock.id } : {}),
      },
      { idempotencyKey: `newsstand-customer-${user.id}` },
    );
    return customer.id;
  });
  const stored = await saveStripeCustomerId(user.id, customerId);
  if (!stored) throw new Error(`user ${user.id} vanished while creating their Stripe customer`);
  return stored;
}

export async function getBillingUser(userId: string): Promise<BillingUser> {
  const user = await findBillingUser(userId);
  if (!user) throw new Error(`no user ${userId}`);
  return user;
}
