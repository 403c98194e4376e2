// npm run stripe:setup [-- --create-webhook]
// Makes sure the Stripe account (STRIPE_SECRET_KEY; the local emulator when unset) has Newsstand's product,
// prices and billing-portal configuration, found by lookup key so running it again changes nothing.
// Prints the webhook endpoint to register; with --create-webhook, registers it (once per URL) and prints its secret.
import { settings } from "../lib/config/settings";
import { ensureStripeProducts } from "../lib/billing/stripe-products";
import { PLAN_KEYS, describePrice, plans } from "../lib/billing/plans";
import { getStripe } from "../lib/billing/stripe-client";
import { HANDLED_EVENTS } from "../lib/billing/webhook";

async function main(): Promise<void> {
  const target = settings.usesStripeEmulator
    ? `the local Stripe emulator at http://${settings.STRIPE_EMULATOR_HOST}:${settings.STRIPE_EMULATOR_PORT}`
    : `Stripe (${settings.STRIPE_SECRET_KEY?.startsWith("sk_live_") ? "LIVE mode" : "test mode"})`;
  console.log(`Setting up billing on ${target}`);
  const catalog = await ensureStripeProducts();
  console.log(`  product               ${catalog.productId}`);
  for (const key of PLAN_KEYS)
    console.log(
      `  price ${key.padEnd(15)} ${catalog.priceIds[key]}  (${describePrice(plans[key])}, lookup key ${plans[key].lookupKey})`,
    );
  console.log(`  portal configuration  ${catalog.portalConfigurationId}`);

  const url = new URL("/api/stripe/webhook", settings.appUrl).toString();
  console.log(`\nWebhook endpoint: ${url}\nEvents: ${HANDLED_EVENTS.join(", ")}`);
  if (!process.argv.includes("--create-webhook")) {
    console.log(
      "Register it in the Stripe dashboard (or run again with --create-webhook), then set STRIPE_WEBHOOK_SECRET.",
    );
    return;
  }
  const stripe = getStripe();
  for await (const endpoint of stripe.webhookEndpoints.list({ limit: 100 })) {
    if (endpoint.url === url) {
      console.log(`Already registered as ${endpoint.id}; its signing secret is in the dashboard.`);
      return;
    }
  }
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: [...HANDLED_EVENTS] });
  console.log(`Registered ${endpoint.id}. Set STRIPE_WEBHOOK_SECRET=${endpoint.secret ?? "(see dashboard)"}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
