import type Stripe from "stripe";
import { describe, expect, test } from "vitest";
import {
  DECLINED,
  FAILS_LATER,
  postForm,
  startHarnessPerTest,
  VISA,
  type Harness,
  type Plans,
} from "./harness";

let h: Harness;
let plans: Plans;
startHarnessPerTest(
  (harness, catalogue) => {
    h = harness;
    plans = catalogue;
  },
  { publicUrl: "http://checkout.example:9999" },
);

const SUCCESS = "http://app.test/checkout/success?session_id={CHECKOUT_SESSION_ID}";

async function session(
  options: { trial?: boolean; collection?: "always" | "if_required"; customerEmail?: boolean } = {},
) {
  const customer = options.customerEmail
    ? undefined
    : (await h.stripe.customers.create({ email: "page@example.com" })).id;
  return h.stripe.checkout.sessions.create({
    mode: "subscription",
    ...(customer ? { customer } : {}),
    line_items: [{ price: plans.monthly.id, quantity: 1 }],
    payment_method_collection: options.collection ?? "always",
    ...(options.trial === false ? {} : { subscription_data: { trial_period_days: 14 } }),
    success_url: SUCCESS,
    cancel_url: "http://app.test/subscribe",
    client_reference_id: "user_42",
    metadata: { userId: "user_42" },
  });
}

// The session's url uses publicUrl; the test talks to the emulator directly.
const pageUrl = (id: string) => `${h.emulator.url}/checkout/${id}`;

describe("hosted checkout page", () => {
  test("renders labelled card fields and the trial button", async () => {
    const s = await session();
    expect(s.url).toBe(`http://checkout.example:9999/checkout/${s.id}`);
    const html = await (await fetch(pageUrl(s.id))).text();
    expect(html).toContain('<label for="cardNumber">Card number</label>');
    expect(html).toContain('<label for="cardExpiry">Expiry date</label>');
    expect(html).toContain('<label for="cardCvc">CVC</label>');
    expect(html).toContain(">Start trial</button>");
    expect(html).toContain("14 days free");
    expect(html).toContain("Newsstand");
    expect(html).toContain('href="http://app.test/subscribe"');
  });

  test("a good card starts the trial and redirects to the success URL with the session id", async () => {
    const s = await session();
    const result = await postForm(pageUrl(s.id), VISA);
    expect(result.status).toBe(303);
    expect(result.location).toBe(`http://app.test/checkout/success?session_id=${s.id}`);
    const done = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["subscription"] });
    expect(done).toMatchObject({
      status: "complete",
      payment_status: "no_payment_required",
      client_reference_id: "user_42",
    });
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.status).toBe("trialing");
    const pm = await h.stripe.paymentMethods.retrieve(String(sub.default_payment_method));
    expect(pm.card?.last4).toBe("4242");
    const again = await postForm(pageUrl(s.id), VISA);
    expect(again.status).toBe(409);
  });

  test("4000 0000 0000 0002 is declined at once and the session stays open", async () => {
    const s = await session();
    const result = await postForm(pageUrl(s.id), DECLINED);
    expect(result.status).toBe(402);
    expect(result.html).toContain('role="alert"');
    expect(result.html).toContain("Your card was declined.");
    expect((await h.stripe.checkout.sessions.retrieve(s.id)).status).toBe("open");
    expect((await h.stripe.subscriptions.list()).data).toHaveLength(0);
  });

  test("bad card number, bad expiry, missing CVC are explained", async () => {
    const s = await session();
    expect((await postForm(pageUrl(s.id), { ...VISA, cardNumber: "1234 5678 9012 3456" })).html).toContain(
      "Your card number is incorrect.",
    );
    expect((await postForm(pageUrl(s.id), { ...VISA, cardExpiry: "13 / 30" })).html).toContain(
      "expiration month is invalid",
    );
    expect((await postForm(pageUrl(s.id), { ...VISA, cardExpiry: "01 / 20" })).html).toContain("in the past");
    expect((await postForm(pageUrl(s.id), { ...VISA, cardCvc: "" })).html).toContain("security code");
  });

  test("without a trial: Subscribe charges at once; 0341 is declined there", async () => {
    const s = await session({ trial: false });
    const html = await (await fetch(pageUrl(s.id))).text();
    expect(html).toContain(">Subscribe</button>");
    expect((await postForm(pageUrl(s.id), FAILS_LATER)).status).toBe(402);
    const ok = await postForm(pageUrl(s.id), VISA);
    expect(ok.status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["subscription.latest_invoice"] });
    expect(done.payment_status).toBe("paid");
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.status).toBe("active");
    expect((sub.latest_invoice as Stripe.Invoice).amount_paid).toBe(999);
  });

  test("if_required with a trial: no card needed", async () => {
    const s = await session({ collection: "if_required" });
    const html = await (await fetch(pageUrl(s.id))).text();
    expect(html).toContain("No card needed");
    const result = await postForm(pageUrl(s.id), {});
    expect(result.status).toBe(303);
    const sub = await h.stripe.subscriptions.retrieve(
      String((await h.stripe.checkout.sessions.retrieve(s.id)).subscription),
    );
    expect(sub).toMatchObject({ status: "trialing", default_payment_method: null });
  });

  test("always collects a card even with a trial", async () => {
    const s = await session({ collection: "always" });
    expect((await postForm(pageUrl(s.id), {})).status).toBe(400);
  });

  test("without a customer the page asks for an email and creates the customer", async () => {
    const s = await session({ customerEmail: true });
    const html = await (await fetch(pageUrl(s.id))).text();
    expect(html).toContain('<label for="email">Email</label>');
    expect((await postForm(pageUrl(s.id), VISA)).status).toBe(400);
    expect((await postForm(pageUrl(s.id), { ...DECLINED, email: "new@example.com" })).status).toBe(402);
    expect((await h.stripe.customers.list()).data).toHaveLength(0);
    expect((await postForm(pageUrl(s.id), { ...VISA, email: "new@example.com" })).status).toBe(303);
    expect((await h.stripe.customers.list()).data).toHaveLength(1);
    const done = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["customer"] });
    expect((done.customer as Stripe.Customer).email).toBe("new@example.com");
    expect(done.customer_details?.email).toBe("new@example.com");
  });

  test("an expired session cannot be paid", async () => {
    const s = await session();
    const expired = await h.stripe.checkout.sessions.expire(s.id);
    expect(expired.status).toBe("expired");
    expect(await (await fetch(pageUrl(s.id))).text()).toContain("expired");
    expect((await postForm(pageUrl(s.id), VISA)).status).toBe(409);
    expect((await fetch(`${h.emulator.url}/checkout/cs_test_nope`)).status).toBe(404);
  });
});
