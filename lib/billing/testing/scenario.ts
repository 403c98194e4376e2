import "server-only";
import type Stripe from "stripe";
import { createCustomerUser } from "@/lib/testing/factories/billing";
import { getStripeProducts } from "../stripe-products";
import { getStripe } from "../stripe-client";

// Building blocks for driving memberships through the emulator (lifecycle test, webhook bench):
// a reader on a test clock with a trialing subscription, cards, and time travel.

const DAY = 86_400;

export interface Reader {
  userId: string;
  email: string;
  customerId: string;
  clockId: string;
  subscriptionId: string;
}

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * A reader on a clock of their own starting at `at` (default now), on a monthly trial; `card` a test payment
 * method (pm_card_visa…) the subscription starts with; `missing` what the trial's end does without one.
 */
export async function startTrialFor(
  name: string,
  {
    at = new Date(),
    card,
    missing = "pause",
  }: { at?: Date; card?: string; missing?: "pause" | "cancel" } = {},
): Promise<Reader> {
  const stripe = getStripe();
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: seconds(at) });
  const email = `${name}@example.test`;
  const customer = await stripe.customers.create({ email, test_clock: clock.id });
  const { user } = await createCustomerUser(customer.id, { email });
  const pm = card ? await stripe.paymentMethods.attach(card, { customer: customer.id }) : null;
  const { priceIds } = await getStripeProducts();
  const sub = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: priceIds.monthly }],
    trial_period_days: 14,
    trial_settings: { end_behavior: { missing_payment_method: missing } },
    ...(pm ? { default_payment_method: pm.id } : {}),
    metadata: { userId: user.id },
  });
  return { userId: user.id, email, customerId: customer.id, clockId: clock.id, subscriptionId: sub.id };
}

/** Attaches a test card (pm_card_visa, pm_card_chargeCustomerFail, …) and makes it the subscription's. */
export async function addCard(reader: Reader, testPaymentMethod: string): Promise<void> {
  const stripe = getStripe();
  const pm = await stripe.paymentMethods.attach(testPaymentMethod, { customer: reader.customerId });
  await stripe.subscriptions.update(reader.subscriptionId, { default_payment_method: pm.id });
}

export async function advance(reader: Reader, days: number): Promise<void> {
  const clock = await getStripe().testHelpers.testClocks.retrieve(reader.clockId);
  await advanceClock(reader, clock.frozen_time + days * DAY);
}

/** Moves the reader's clock to `at` and waits until it has played everything due by then. */
export function advanceClockTo(reader: Reader, at: Date): Promise<void> {
  return advanceClock(reader, seconds(at));
}

async function advanceClock(reader: Reader, frozenTime: number): Promise<void> {
  const clocks = getStripe().testHelpers.testClocks;
  await clocks.advance(reader.clockId, { frozen_time: frozenTime });
  for (let i = 0; i < 200; i++) {
    if ((await clocks.retrieve(reader.clockId)).status === "ready") return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`test clock ${reader.clockId} never became ready`);
}

export async function listAllEvents(): Promise<Stripe.Event[]> {
  const events: Stripe.Event[] = [];
  for await (const event of getStripe().events.list({ limit: 100 })) events.push(event);
  return events;
}
