import type Stripe from "stripe";
import { describe, expect, test } from "vitest";
import {
  advance,
  checkoutWithTrial,
  DAY,
  FAILS_LATER,
  postForm,
  startHarnessPerTest,
  VISA,
  type Harness,
  type Plans,
} from "./harness";

let h: Harness;
let plans: Plans;
let config: Stripe.BillingPortal.Configuration;
startHarnessPerTest(async (harness, catalogue) => {
  h = harness;
  plans = catalogue;
  config = await h.stripe.billingPortal.configurations.create({
    business_profile: { headline: "Newsstand membership" },
    features: {
      invoice_history: { enabled: true },
      payment_method_update: { enabled: true },
      subscription_cancel: {
        enabled: true,
        mode: "at_period_end",
        cancellation_reason: { enabled: true, options: ["too_expensive", "unused", "other"] },
      },
      subscription_update: {
        enabled: true,
        default_allowed_updates: ["price"],
        proration_behavior: "create_prorations",
        products: [{ product: plans.product.id, prices: [plans.monthly.id, plans.annual.id] }],
      },
    },
  });
});

const RETURN = "http://app.test/account";

async function portalFor(customer: string, flow?: Stripe.BillingPortal.SessionCreateParams.FlowData) {
  const session = await h.stripe.billingPortal.sessions.create({
    customer,
    return_url: RETURN,
    configuration: config.id,
    ...(flow ? { flow_data: flow } : {}),
  });
  return { session, base: `${h.emulator.url}/portal/${session.id}` };
}

const page = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
};

describe("portal home", () => {
  test("shows the plan, the actions, the card and the invoices; links back to the app", async () => {
    const run = await checkoutWithTrial(h, plans);
    const { session, base } = await portalFor(run.customer.id);
    expect(session.url).toBe(`http://localhost:${h.emulator.port}/portal/${session.id}`);
    const { html } = await page(base);
    expect(html).toContain(">Cancel plan</button>");
    expect(html).toContain(">Switch to Annual</button>");
    expect(html).toContain(">Update payment method</button>");
    expect(html).toContain("VISA •••• 4242");
    expect(html).toContain("Invoice history");
    expect(html).toContain(`<a href="${RETURN}">Return to Newsstand</a>`);
    expect(html).toContain("Trial ends");
    expect((await page(`${h.emulator.url}/portal/bps_nope`)).status).toBe(404);
    const invoice = (await h.stripe.invoices.list({ customer: run.customer.id })).data[0];
    const hosted = await page(`${h.emulator.url}/invoices/${invoice?.id ?? ""}`);
    expect(invoice?.hosted_invoice_url).toBe(
      `http://localhost:${h.emulator.port}/invoices/${invoice?.id ?? ""}`,
    );
    expect(hosted.html).toContain(`Invoice ${invoice?.number ?? ""}`);
  });
});

describe("cancel and undo", () => {
  test("cancel at period end with a reason, then Renew plan", async () => {
    const run = await checkoutWithTrial(h, plans);
    const { base } = await portalFor(run.customer.id);
    const confirm = await page(`${base}/cancel?subscription=${run.subscription.id}`);
    expect(confirm.html).toContain("It&#39;s too expensive");
    expect(confirm.html).toContain(">Don&#39;t cancel</button>");
    expect(confirm.html).toContain('<input type="hidden" name="home" value="1">');
    const canceled = await postForm(`${base}/cancel`, {
      subscription: run.subscription.id,
      reason: "too_expensive",
      comment: "Too many titles",
    });
    expect(canceled.status).toBe(303);
    expect(canceled.location).toMatch(new RegExp(`^/portal/.+\\?notice=`));
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id);
    expect(sub).toMatchObject({
      cancel_at_period_end: true,
      cancellation_details: { feedback: "too_expensive", comment: "Too many titles" },
    });
    const home = await page(`${h.emulator.url}${canceled.location ?? ""}`);
    expect(home.html).toContain('role="status"');
    expect(home.html).toContain(">Renew plan</button>");
    expect((await postForm(`${base}/renew`, { subscription: run.subscription.id })).status).toBe(303);
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).cancel_at_period_end).toBe(false);
  });

  test("mode=immediately cancels at once", async () => {
    await h.stripe.billingPortal.configurations.update(config.id, {
      features: { subscription_cancel: { enabled: true, mode: "immediately" } },
    });
    const run = await checkoutWithTrial(h, plans);
    const { base } = await portalFor(run.customer.id);
    expect((await page(`${base}/cancel?subscription=${run.subscription.id}`)).html).toContain(
      "canceled immediately",
    );
    await postForm(`${base}/cancel`, { subscription: run.subscription.id });
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).status).toBe("canceled");
  });

  test("another customer's subscription cannot be touched", async () => {
    const mine = await checkoutWithTrial(h, plans);
    const theirs = await checkoutWithTrial(h, plans);
    const { base } = await portalFor(mine.customer.id);
    const attempt = await postForm(`${base}/cancel`, { subscription: theirs.subscription.id });
    expect(attempt.status).toBe(200);
    expect(attempt.html).toContain("can&#39;t be canceled");
    expect((await h.stripe.subscriptions.retrieve(theirs.subscription.id)).cancel_at_period_end).toBe(false);
  });
});

describe("switch plan and update card", () => {
  test("Switch to Annual on an active plan invoices the new interval", async () => {
    const run = await checkoutWithTrial(h, plans);
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    const { base } = await portalFor(run.customer.id);
    expect(
      (await postForm(`${base}/switch`, { subscription: run.subscription.id, price: plans.annual.id }))
        .status,
    ).toBe(303);
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id, { expand: ["latest_invoice"] });
    expect(sub.items.data[0]?.price.id).toBe(plans.annual.id);
    expect((sub.latest_invoice as Stripe.Invoice).billing_reason).toBe("subscription_update");
    const refused = await postForm(`${base}/switch`, {
      subscription: run.subscription.id,
      price: "price_elsewhere",
    });
    expect(refused.html).toContain("not available");
  });

  test("a new card settles a past_due invoice", async () => {
    const run = await checkoutWithTrial(h, plans, { card: FAILS_LATER });
    await advance(h, run.clock.id, run.frozenTime + 15 * DAY);
    expect((await h.stripe.subscriptions.retrieve(run.subscription.id)).status).toBe("past_due");
    const { base } = await portalFor(run.customer.id);
    const form = await page(`${base}/payment-method`);
    expect(form.html).toContain(">Save card</button>");
    expect(
      (await postForm(`${base}/payment-method`, { ...VISA, cardNumber: "4000 0000 0000 0002" })).status,
    ).toBe(402);
    expect((await postForm(`${base}/payment-method`, VISA)).status).toBe(303);
    const sub = await h.stripe.subscriptions.retrieve(run.subscription.id, {
      expand: ["latest_invoice", "default_payment_method"],
    });
    expect(sub.status).toBe("active");
    expect((sub.latest_invoice as Stripe.Invoice).status).toBe("paid");
    expect((sub.default_payment_method as Stripe.PaymentMethod).card?.last4).toBe("4242");
    const customer = (await h.stripe.customers.retrieve(run.customer.id)) as Stripe.Customer;
    expect(customer.invoice_settings.default_payment_method).toBe(
      (sub.default_payment_method as Stripe.PaymentMethod).id,
    );
  });
});

describe("flow_data deep links", () => {
  test("subscription_cancel opens on the cancel page and redirects after completion", async () => {
    const run = await checkoutWithTrial(h, plans);
    const { session, base } = await portalFor(run.customer.id, {
      type: "subscription_cancel",
      subscription_cancel: { subscription: run.subscription.id },
      after_completion: { type: "redirect", redirect: { return_url: "http://app.test/account?canceled=1" } },
    });
    expect(session.flow?.type).toBe("subscription_cancel");
    const first = await page(base);
    expect(first.html).toContain("Cancel your plan");
    expect(first.html).toContain(`action="${RETURN}"`);
    const done = await postForm(`${base}/cancel`, { subscription: run.subscription.id, reason: "unused" });
    expect(done).toMatchObject({ status: 303, location: "http://app.test/account?canceled=1" });
  });

  test("subscription_update_confirm shows the confirm step; hosted_confirmation shows the message", async () => {
    const run = await checkoutWithTrial(h, plans);
    const { base } = await portalFor(run.customer.id, {
      type: "subscription_update_confirm",
      subscription_update_confirm: {
        subscription: run.subscription.id,
        items: [{ id: run.subscription.items.data[0]?.id ?? "", price: plans.annual.id }],
      },
      after_completion: {
        type: "hosted_confirmation",
        hosted_confirmation: { custom_message: "Welcome to Annual" },
      },
    });
    expect((await page(base)).html).toContain(">Confirm</button>");
    const confirmed = await postForm(`${base}/switch`, {
      subscription: run.subscription.id,
      price: plans.annual.id,
    });
    expect(confirmed.html).toContain("Welcome to Annual");
  });

  test("payment_method_update and subscription_update open on their pages; bad flows are refused", async () => {
    const run = await checkoutWithTrial(h, plans);
    const pmFlow = await portalFor(run.customer.id, { type: "payment_method_update" });
    const pmPage = await page(pmFlow.base);
    expect(pmPage.html).toContain(">Save card</button>");
    expect(pmPage.html).toContain(`<form method="get" action="${RETURN}">`);
    expect((await page(`${pmFlow.base}?home=1`)).html).toContain("Current plan");
    const updateFlow = await portalFor(run.customer.id, {
      type: "subscription_update",
      subscription_update: { subscription: run.subscription.id },
    });
    expect((await page(updateFlow.base)).html).toContain("Update your plan");
    await expect(portalFor(run.customer.id, { type: "subscription_cancel" })).rejects.toMatchObject({
      code: "parameter_missing",
    });
    await expect(
      portalFor(run.customer.id, {
        type: "subscription_cancel",
        subscription_cancel: { subscription: "sub_nope" },
      }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: "resource_missing",
      param: "flow_data[subscription_cancel][subscription]",
    });
  });
});
