import "server-only";
import { getStripeProducts } from "../stripe-products";
import { getStripe } from "../stripe-client";
import { startEmulatedStripe } from "./emulated-stripe";
import { advanceClockTo, startTrialFor, type Reader } from "./scenario";
import { startWebhookReceiver } from "./webhook-receiver";

// Members driven through the Stripe emulator on test clocks, through the real SDK and the real webhook
// handler: each customer on a clock of its own that starts at a chosen time, so every change the syncs
// record lands at a known instant (deliveries go out in order and `settle` waits for all of them).

export const WEBHOOK_SECRET = "whsec_business_test";

export type ClockMember = Reader;

export interface BillingWorld {
  url: string;
  settle: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startBillingWorld(): Promise<BillingWorld> {
  const receiver = await startWebhookReceiver();
  const emulator = await startEmulatedStripe([receiver.url], WEBHOOK_SECRET);
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

/** A customer on a clock starting at `at`, on a monthly trial, once its webhooks are stored (scenario.ts). */
export async function startTrialAt(
  world: BillingWorld,
  name: string,
  at: Date,
  options: { card?: string; missing?: "pause" | "cancel" } = {},
): Promise<ClockMember> {
  const member = await startTrialFor(name, { at, ...options });
  await world.settle();
  return member;
}

/** Moves the member's clock to `at` and waits until every webhook it caused is stored. */
export async function advanceTo(world: BillingWorld, member: ClockMember, at: Date): Promise<void> {
  await advanceClockTo(member, at);
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
