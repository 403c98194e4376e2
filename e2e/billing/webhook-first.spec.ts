import { expect, signInWithPassword, test } from "../fixtures";
import { MembershipPage } from "../pages/account";
import { startFreshServer, type FreshServer } from "../support/fresh-server";

// Issue 10 point 1: on a fresh start, one badly signed webhook before anything else made every later
// membership page a 500 ("No such subscription"): the webhook route loaded its own copy of the Stripe SDK
// first, and errors from it failed the page's `instanceof` checks. The order is the point, so this test
// starts its own server and sends the webhook as the very first request.

const DEMO_MEMBER = { email: "member@newsstand.test", password: "newsstand-demo" };

let server: FreshServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startFreshServer();
});
test.afterAll(async () => {
  await server?.stop();
});

test("a badly signed webhook first, then the membership page: 200, every time", async ({ browser }) => {
  const now = Math.floor(Date.now() / 1000);
  const webhook = await fetch(`${server.url}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": `t=${now},v1=${"0".repeat(64)}` },
    body: JSON.stringify({ id: "evt_forged", type: "customer.subscription.updated" }),
  });
  expect(webhook.status).toBe(400);

  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await signInWithPassword(page, DEMO_MEMBER, "/account/membership");
    const membership = new MembershipPage(page);
    for (let visit = 0; visit < 2; visit++) {
      const response = await page.goto("/account/membership"); // the response itself is the point here
      expect(response?.status()).toBe(200);
      await expect(membership.heading).toBeVisible();
      await expect(membership.status).toBeVisible();
    }
  } finally {
    await context.close();
  }
});
