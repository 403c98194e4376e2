import { expect, expectNoA11yViolations, test } from "../fixtures";
import { MembershipPage } from "../pages/account";
import { SubscribePage } from "../pages/subscribe";

// What billing refuses: tampered plan names and price ids, foreign return URLs, forged checkout returns,
// unsigned webhooks. None of it may start a checkout or change a membership.

test("a tampered plan or price id in the form is refused, with no checkout", async ({
  page,
  testHooks,
  signInAs,
}) => {
  const user = await testHooks.createUser();
  await signInAs(page, user);
  const subscribe = new SubscribePage(page);
  await subscribe.goto({ plan: "price_1Fake", returnTo: "https://evil.test/" });
  await expect(subscribe.heading).toBeVisible();
  // A foreign returnTo never reaches the plan forms (the header's sign-out form has its own returnTo).
  const returnTos = await subscribe.returnTos();
  expect(returnTos.length).toBeGreaterThan(0);
  for (const value of returnTos) expect(value).toBe("/");
  for (const tampered of ["price_1Fake", "Monthly", "lifetime"]) {
    await subscribe.tamperPlan(tampered);
    await subscribe.planButton("monthly").click();
    await expect(subscribe.error).toHaveText("Please choose one of the plans shown.");
    await subscribe.expectOpen();
  }
  // The refused action's own request may still be settling; a navigation now would abort it (ERR_ABORTED).
  await page.waitForLoadState("networkidle");
  await new MembershipPage(page).open();
  await expect(page.getByText(/You don.t have a membership yet/)).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a checkout return that isn't yours, or isn't real, changes nothing", async ({
  page,
  testHooks,
  signInAs,
}) => {
  const user = await testHooks.createUser();
  await signInAs(page, user);
  await page.goto("/checkout/success?session_id=cs_test_doesnotexist&returnTo=%2F");
  await expect(page.getByRole("status")).toContainText("We couldn't find that checkout");
  await page.goto("/checkout/success?session_id=%3Cscript%3E&returnTo=%2F%2Fevil.test");
  await expect(page.getByRole("status")).toContainText("We couldn't find that checkout");
  await expect(page.getByRole("link", { name: "Back to where you were" })).toHaveAttribute("href", "/");
});

test("the webhook refuses unsigned and wrongly signed deliveries", async ({ request }) => {
  const body = JSON.stringify({
    id: "evt_forged",
    type: "customer.subscription.deleted",
    data: { object: {} },
  });
  const unsigned = await request.post("/api/stripe/webhook", {
    data: body,
    headers: { "content-type": "application/json" },
  });
  expect(unsigned.status()).toBe(400);
  const forged = await request.post("/api/stripe/webhook", {
    data: body,
    headers: {
      "content-type": "application/json",
      "stripe-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}`,
    },
  });
  expect(forged.status()).toBe(400);
});
