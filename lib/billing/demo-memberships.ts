import "server-only";
import { settings } from "../config/settings";
import {
  listPlaceholderDemoMemberships,
  replaceDemoStripeIds,
  type DemoMembership,
} from "../db/queries/demo-memberships";
import { getStripeProducts } from "./stripe-products";
import { callStripe, isStripeUnavailable, PaymentsUnavailableError } from "./errors";
import { getStripe } from "./stripe-client";
import { syncSubscription } from "./sync";

// The seeded demo accounts (trial@, member@, editor@, admin@) get real customers, cards and subscriptions in the
// local emulator, so their membership page works like anyone's: cancel, switch, update the card. The
// emulator keeps them in DATA_DIR, so this runs once per data directory; real Stripe is never touched.

const RETRY_MS = 2_000;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const MAX_TRIES = 30;

async function provisionOne(demo: DemoMembership, priceId: string): Promise<string> {
  const stripe = getStripe();
  // Keyed by user, so a start-up cut short and run again finds the objects it already made.
  const key = `newsstand-demo-${demo.userId}`;
  const trialing = demo.status === "trialing" && demo.trialEnd !== null;
  const subscription = await callStripe(async () => {
    const customer = await stripe.customers.create(
      {
        email: demo.email,
        name: demo.name ?? undefined,
        metadata: { userId: demo.userId },
        // A paying member has a card on file; a trial without one shows the card-less path.
        ...(trialing
          ? {}
          : { payment_method: "pm_card_visa", invoice_settings: { default_payment_method: "pm_card_visa" } }),
      },
      { idempotencyKey: `${key}-customer` },
    );
    return stripe.subscriptions.create(
      {
        customer: customer.id,
        items: [{ price: priceId }],
        metadata: { userId: demo.userId },
        ...(trialing
          ? {
              // Stripe refuses a trial end in the past (a data dir seeded long before this ran).
              trial_end: Math.max(Math.floor((demo.trialEnd?.getTime() ?? 0) / 1000), nowSeconds() + 3600),
              trial_settings: { end_behavior: { missing_payment_method: "pause" } },
            }
          : {}),
      },
      { idempotencyKey: `${key}-subscription` },
    );
  });
  const customerId =
    typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
  await replaceDemoStripeIds(demo, { customerId, subscriptionId: subscription.id });
  await syncSubscription({ subscriptionId: subscription.id, customerId });
  return subscription.id;
}

/** Gives every demo membership still on a made-up id its real Stripe objects; answers how many it did. */
export async function provisionDemoMemberships(): Promise<number> {
  if (!settings.usesStripeEmulator) return 0;
  const demos = await listPlaceholderDemoMemberships();
  if (demos.length === 0) return 0;
  const products = await getStripeProducts();
  for (const demo of demos) await provisionOne(demo, products.priceIds[demo.plan]);
  return demos.length;
}

/** At start-up, without holding it up: waits for the emulator (it may start after the app) and logs the outcome. */
export function provisionDemoMembershipsInBackground(): void {
  if (!settings.usesStripeEmulator || !settings.seedOnStart || settings.isBuildPhase) return;
  void (async () => {
    for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
      try {
        const count = await provisionDemoMemberships();
        if (count > 0)
          console.log(`[billing] demo memberships: ${count} now real subscriptions in the Stripe emulator`);
        return;
      } catch (error) {
        const waiting = error instanceof PaymentsUnavailableError || isStripeUnavailable(error);
        if (!waiting || attempt === MAX_TRIES) {
          console.error(
            `[billing] demo memberships were not set up in the Stripe emulator: ${String(error)}`,
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  })();
}
