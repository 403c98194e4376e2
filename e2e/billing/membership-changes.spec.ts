import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, signInWithPassword, test } from "../fixtures";
import { MembershipPage } from "../pages/account";
import { CARDS, HostedCheckout } from "../pages/hosted-stripe";
import { SignInPage } from "../pages/sign-in";
import { SubscribePage } from "../pages/subscribe";
import type { TestHooks } from "../support/test-hooks";
import { advanceClock } from "./stripe-clock";

// Issue 10 points 4, 5, 7 and 9, as a member meets them: the plan picked before signing in goes straight to
// checkout; a card-less trial says what its end brings; cancelling asks first (reason optional), in the words
// of the state, mails, and undoes in one click; a plan switch shows Stripe's preview before it happens.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const DATE =
  /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

/** A fresh reader, signed in, on a monthly trial with a card (test clock attached). */
async function cardTrialMember(page: Page, hooks: TestHooks) {
  const user = await hooks.createUser();
  await signInWithPassword(page, user);
  const subscribe = new SubscribePage(page);
  await subscribe.goto();
  await subscribe.startTrial("monthly");
  await new HostedCheckout(page).complete({ card: CARDS.visa });
  return user;
}

test("plan chosen before signing in → checkout at once; card-less trial; cancel with a reason; undo", async ({
  page,
  testHooks,
  mail,
}) => {
  const user = await testHooks.createUser();
  const checkout = new HostedCheckout(page);
  const membership = new MembershipPage(page);

  // Point 9: the visitor picks annual, goes to sign-up, chooses "Sign in" there, and lands on checkout.
  const subscribe = new SubscribePage(page);
  await subscribe.goto();
  await subscribe.startTrial("annual");
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);
  await page.getByRole("link", { name: "Sign in here" }).click();
  await new SignInPage(page).submitPassword(user);
  await checkout.expectOpen();
  await expect(page.getByText("£99.99").first()).toBeVisible();
  await checkout.complete({ card: null });
  await mail.waitForMail({ to: user.email, subject: /free trial has started/i });

  // Point 7: no "next payment" beside "no card"; what the end brings, and a way to add a card.
  await membership.openAndWait();
  await expect(membership.nextCharge).toHaveCount(0);
  await expect(membership.trialEnd).toContainText(
    /Your free trial ends on .+\. There is no card on file, so you won't be charged: on that day your membership pauses/,
  );
  await expect(membership.trialEnd).toContainText("Add a card to keep reading");
  await expect(page.getByRole("button", { name: "Add a card" })).toBeVisible();
  await expectNoA11yViolations(page);

  // Point 4: cancel asks first, in a trial's words with the date; the reason is optional and kept.
  const cancel = await membership.startCancel("Cancel free trial");
  await expect(cancel.consequence).toHaveText(/^Your free trial ends on .+ and you won't be charged\./);
  const trialEnds = DATE.exec(await cancel.consequence.innerText())?.[0] ?? "";
  expect(trialEnds).not.toBe("");
  await expectNoA11yViolations(page);
  await cancel.giveReason("I'm taking a break", "Back in the spring.");
  await cancel.confirm("Cancel my free trial");
  await expect(page).toHaveURL(/\/account\/membership\?notice=canceled/);
  await expect(page.getByRole("status")).toContainText(`Your free trial ends on ${trialEnds}`);
  await expect(membership.status).toContainText("you won't be charged");
  const cancelled = await mail.waitForMail({ to: user.email, subject: "Your free trial is cancelled" });
  expect(cancelled.text).toContain(`Your free trial ends on ${trialEnds} and you won't be charged.`);
  expect(await testHooks.call("cancellation-reasons", { userId: user.id })).toEqual([
    { reason: "break", comment: "Back in the spring.", subscription: expect.stringMatching(/^sub_/) },
  ]);

  // Undo stays one click, and is confirmed by mail too.
  await membership.keepMembership();
  await expect(page).toHaveURL(/notice=undone/);
  await expect(membership.status).toHaveText(/^Free trial — ends on/);
  await mail.waitForMail({ to: user.email, subject: "Your Newsstand membership carries on" });

  // Point 7: the reminder says what the page says.
  await advanceClock(user.email, 11);
  const reminder = await mail.waitForMail({
    to: user.email,
    subject: /free trial ends on/i,
    timeoutMs: 30_000,
  });
  expect(reminder.text).toContain("There is no card on file, so you won't be charged");
  expect(reminder.text).toContain("Add a card to keep reading");
});

test("cancelling asks first: the confirmation page's way back changes nothing", async ({
  page,
  testHooks,
}) => {
  await cardTrialMember(page, testHooks);
  const membership = new MembershipPage(page);
  await membership.openAndWait();
  const cancel = await membership.startCancel("Cancel free trial");
  await cancel.goBack();
  await expect(page).toHaveURL(/\/account\/membership$/);
  await expect(membership.status).toHaveText(/^Free trial — ends on/);
});

test("switching plan: Stripe's preview first (price, when, due today), then confirm, then a mail", async ({
  page,
  testHooks,
  mail,
}) => {
  const user = await cardTrialMember(page, testHooks);
  const membership = new MembershipPage(page);
  await advanceClock(user.email, 15); // the trial ends and the card pays the first month
  await expect.poll(() => membership.readStatus()).toBe("Active");
  await advanceClock(user.email, 10); // mid-period: part of the month is unused

  await membership.openAndWait();
  const preview = await membership.startSwitch("annual");
  await expect(preview.price).toHaveText("£99.99 a year");
  await expect(preview.effective).toHaveText("Now, as soon as you confirm");
  const due = preview.dueNow;
  await expect(due).toContainText("charged today to your card");
  const dueAmount = /£(\d+\.\d\d)/.exec(await due.innerText())?.[1] ?? "";
  // The annual price less the unused part of the month: between the two prices.
  expect(Number(dueAmount)).toBeGreaterThan(90);
  expect(Number(dueAmount)).toBeLessThan(99.99);
  await expect(preview.next).toHaveText(new RegExp(`^£99\\.99 on ${DATE.source}$`));
  await expectNoA11yViolations(page);

  // Nothing changed yet.
  await membership.openAndWait();
  await expect(page.getByText("Monthly", { exact: true })).toBeVisible();
  await (await membership.startSwitch("annual")).confirm();
  await expect(page).toHaveURL(/notice=switched/);
  await expect(page.getByText("Annual", { exact: true })).toBeVisible();
  await expect(membership.invoices).toContainText(`£${dueAmount}`);
  const switched = await mail.waitForMail({ to: user.email, subject: "Your plan is now annual" });
  expect(switched.text).toContain("£99.99 a year");
});
