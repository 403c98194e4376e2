import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startStripeEmulator, type RunningStripeEmulator, type StripeEmulatorOptions } from "../src/index";

export const WEBHOOK_SECRET = "whsec_test_harness";

export interface ReceivedWebhook {
  body: string;
  headers: IncomingHttpHeaders;
}

// A stand-in for the app's webhook route: records every delivery and answers with `status`.
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  // holdMs: how long to wait before answering a delivery (recorded on arrival), e.g. a slow endpoint.
  const state: { status: number; holdMs: (body: string) => number } = { status: 200, holdMs: () => 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ body, headers: req.headers });
      setTimeout(() => res.writeHead(state.status).end(), state.holdMs(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Harness {
  stripe: Stripe;
  emulator: RunningStripeEmulator;
  receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  control: (path: string, body?: unknown) => Promise<Response>;
  idle: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const receiver = await startWebhookReceiver();
  const emulator = await startStripeEmulator({
    port: 0,
    webhookEndpoints: [receiver.url],
    webhookSecret: WEBHOOK_SECRET,
    ...options,
  });
  const stripe = new Stripe("sk_test_newsstand_emulator", {
    host: "127.0.0.1",
    port: emulator.port,
    protocol: "http",
    maxNetworkRetries: 0,
  });
  const control = (path: string, body?: unknown) =>
    fetch(
      `${emulator.url}/_emulator/${path}`,
      body === undefined
        ? {}
        : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
    );
  return {
    stripe,
    emulator,
    receiver,
    control,
    idle: async () => {
      await control("idle");
    },
    close: async () => {
      await emulator.close();
      await receiver.close();
    },
  };
}

// Newsstand's catalogue: one product, monthly and annual prices.
export async function createPlans(stripe: Stripe) {
  const product = await stripe.products.create({ name: "Newsstand membership" });
  const monthly = await stripe.prices.create({
    product: product.id,
    currency: "gbp",
    unit_amount: 999,
    recurring: { interval: "month" },
    lookup_key: "newsstand_monthly",
    transfer_lookup_key: true,
    nickname: "Monthly",
  });
  const annual = await stripe.prices.create({
    product: product.id,
    currency: "gbp",
    unit_amount: 9999,
    recurring: { interval: "year" },
    lookup_key: "newsstand_annual",
    transfer_lookup_key: true,
    nickname: "Annual",
  });
  return { product, monthly, annual };
}

export type Plans = Awaited<ReturnType<typeof createPlans>>;

/**
 * One emulator for the test file, emptied before each test and given the plans again; `ready` gets both
 * (and may set up more before each test).
 */
export function startHarnessPerTest(
  ready: (h: Harness, plans: Plans) => void | Promise<void>,
  options: StripeEmulatorOptions = {},
): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(options);
  });
  beforeEach(async () => {
    if (!h) throw new Error("the harness did not start");
    await h.control("reset", {});
    await ready(h, await createPlans(h.stripe));
  });
  afterAll(async () => h?.close());
}

export const DAY = 86_400;
export const HOUR = 3_600;

// Posts a hosted form the way a browser would; returns status and Location.
export async function postForm(url: string, fields: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

export const VISA = {
  cardNumber: "4242 4242 4242 4242",
  cardExpiry: "12 / 34",
  cardCvc: "123",
  billingName: "Ada Reader",
};
export const FAILS_LATER = { ...VISA, cardNumber: "4000 0000 0000 0341" };
export const DECLINED = { ...VISA, cardNumber: "4000 0000 0000 0002" };

export interface CheckoutOptions {
  card?: Record<string, string> | null;
  missing?: "cancel" | "pause" | "create_invoice";
  frozenTime?: number;
  /** Seconds after frozenTime that the session expires (Stripe's default: 24 h). */
  expiresIn?: number;
}

// Opens a trial's Checkout Session for a new customer on a new test clock (nothing paid yet).
export async function openCheckoutOnClock(
  h: Harness,
  plans: { monthly: Stripe.Price },
  options: CheckoutOptions = {},
) {
  const frozenTime = options.frozenTime ?? Math.floor(Date.UTC(2027, 0, 1) / 1000);
  const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: frozenTime });
  const customer = await h.stripe.customers.create({ email: "reader@example.com", test_clock: clock.id });
  const session = await h.stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: plans.monthly.id, quantity: 1 }],
    payment_method_collection: options.card === null ? "if_required" : "always",
    subscription_data: {
      trial_period_days: 14,
      trial_settings: { end_behavior: { missing_payment_method: options.missing ?? "cancel" } },
    },
    success_url: "http://app.test/welcome?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://app.test/subscribe",
    ...(options.expiresIn === undefined ? {} : { expires_at: frozenTime + options.expiresIn }),
  });
  return { clock, customer, session, frozenTime };
}

// Runs checkout for a customer on a test clock, returning the subscription it created.
export async function checkoutWithTrial(
  h: Harness,
  plans: { monthly: Stripe.Price },
  options: CheckoutOptions = {},
) {
  const { clock, customer, session, frozenTime } = await openCheckoutOnClock(h, plans, options);
  const result = await postForm(session.url ?? "", options.card === null ? {} : (options.card ?? VISA));
  const done = await h.stripe.checkout.sessions.retrieve(session.id);
  const subId = typeof done.subscription === "string" ? done.subscription : "";
  return {
    clock,
    customer,
    session: done,
    result,
    subscription: await h.stripe.subscriptions.retrieve(subId),
    frozenTime,
  };
}

// Polls until `condition` holds (tests wait for what they need, never for a fixed time).
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function advance(h: Harness, clockId: string, to: number): Promise<void> {
  await h.stripe.testHelpers.testClocks.advance(clockId, { frozen_time: to });
  await waitFor(
    "the test clock to be ready",
    async () => (await h.stripe.testHelpers.testClocks.retrieve(clockId)).status === "ready",
  );
}

/** A checkout with a trial whose clock has passed the trial's end: its first invoice paid, with its payments. */
export async function paidFirstInvoice(h: Harness, plans: { monthly: Stripe.Price }) {
  const run = await checkoutWithTrial(h, plans);
  await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
  const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
  const invoice = await h.stripe.invoices.retrieve(String(sub.latest_invoice), { expand: ["payments"] });
  return { run, sub, invoice };
}

export async function eventTypes(h: Harness, since = 0): Promise<string[]> {
  const events = await h.stripe.events.list({ limit: 100 });
  return events.data
    .filter((e) => e.created >= since)
    .map((e) => e.type)
    .reverse();
}
