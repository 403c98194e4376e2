import "server-only";
import { createCustomerUser } from "@/lib/testing/factories/billing";
import { getStripeProducts } from "../stripe-products";
import { getStripe } from "../stripe-client";
import { startEmulatedStripe } from "./emulated-stripe";
import { startWebhookReceiver } from "./webhook-receiver";

// Members driven through the Stripe emulator on test clocks, through the real SDK and the real webhook
// handler: each customer on a clock of its own that starts at a chosen time, so every change the syncs
// record lands at a known instant (deliveries go out in order and `settle` waits for all of them).

const SECRET = "whsec_business_test";

export interface ClockMember {
  userId: string;
  email: string;
  customerId: string;
  clockId: string;
  subscriptionId: string;
}

export interface BillingWorld {
  url: string;
  settle: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startBillingWorld(): Promise<BillingWorld> {
  const receiver = await startWebhookReceiver();
  const emulator = await startEmulatedStripe([receiver.url], SECRET);
  return {
    url: emulator.url,
    // Every delivery answered (our handler answers once its change is committed), retries included.
    settle: async () => {
      const response = await fetch(`${emulator.url}/_emulator/idle`);
      if (!response.ok) throw new Error(`emulator idle answered ${response.status}`);
    },
    close: async () => {
      await emulator.close();
      await receiver.close();
    },
  };
}

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** A customer on a clock starting at `at`, on a monthly trial; `card` a test payment method (pm_card_visa…). */
export async function startTrialAt(
  world: BillingWorld,
  name: string,
  at: Date,
  options: { card?: string; missing?: "pause" | "cancel" } = {},
): Promise<ClockMember> {
  const stripe = getStripe();
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: seconds(at) });
  const email = `${name}@example.test`;
  const customer = await stripe.customers.create({ email, test_clock: clock.id });
  const { user } = await createCustomerUser(customer.id, { email });
  const pm = options.card
    ? await stripe.paymentMethods.attach(options.card, { customer: customer.id })
    : null;
  const { priceIds } = await getStripeProducts();
  const sub = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: priceIds.monthly }],
    trial_period_days: 14,
    trial_settings: { end_behavior: { missing_payment_method: options.missing ?? "pause" } },
    ...(pm ? { default_payment_method: pm.id } : {}),
    metadata: { userId: user.id },
  });
  await world.settle();
  return { userId: user.id, email, customerId: customer.id, clockId: clock.id, subscriptionId: sub.id };
}

/** Moves the member's clock to `at` and waits until every webhook it caused is stored. */
export async function advanceTo(world: BillingWorld, member: ClockMember, at: Date): Promise<void> {
  const clocks = getStripe().testHelpers.testClocks;
  await clocks.advance(member.clockId, { frozen_time: seconds(at) });
  for (let i = 0; i < 200 && (await clocks.retrieve(member.clockId)).status !== "ready"; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await world.settle();
}

/** A new paid monthly subscription (no trial) for a member who already has a card on their clock's customer. */
export async function subscribeAgain(
  world: BillingWorld,
  member: ClockMember,
  card: string,
): Promise<string> {
  const stripe = getStripe();
  const pm = await stripe.paymentMethods.attach(card, { customer: member.customerId });
  const { priceIds } = await getStripeProducts();
  const sub = await stripe.subscriptions.create({
    customer: member.customerId,
    items: [{ price: priceIds.monthly }],
    default_payment_method: pm.id,
    metadata: { userId: member.userId },
  });
  await world.settle();
  return sub.id;
}
