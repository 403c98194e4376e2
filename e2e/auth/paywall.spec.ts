import { expect, expectNoA11yViolations, submitPasswordForm, test } from "../fixtures";
import { createGatedArticle, findUserId, uniqueEmail } from "./helpers";

// Sign up → the gated article shows the teaser and the trial panel → a membership is granted
// (factory) → the whole article. Plus the visitor's panel and its way back after sign-in.

test("a visitor sees the teaser, the sign-up panel, and comes back to the article after signing in", async ({
  page,
  testHooks,
  signInAs,
}) => {
  const article = await createGatedArticle(testHooks, "visitor");
  await page.goto(article.path);
  const panel = page.getByTestId("paywall-panel");
  await expect(panel.getByRole("heading", { name: "Sign up to read this article" })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Start your free trial" })).toBeVisible();
  for (const p of article.teaser) await expect(page.getByText(p)).toBeVisible();
  for (const p of article.secrets) expect(await page.content()).not.toContain(p);
  await expectNoA11yViolations(page);

  const user = await testHooks.createUser({ email: uniqueEmail("returning") });
  await testHooks.grantMembership(user.id, { status: "active", plan: "annual" });
  await panel.getByRole("link", { name: "Sign in here" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles%2F/);
  await signInAs(page, user, article.path);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  for (const p of article.secrets) await expect(page.getByText(p)).toBeVisible();
});

test("sign up → confirm by code → teaser with trial panel → membership granted → whole article", async ({
  page,
  testHooks,
  mail,
}) => {
  const article = await createGatedArticle(testHooks, "signup");
  const email = uniqueEmail("signup");

  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(article.path)}`);
  const form = page.getByRole("form", { name: "Create your account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("password123");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("too easy to guess")).toBeVisible(); // common passwords are refused beside the field
  await form.getByLabel("Password").fill("lantern-orbit-meadow-42");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectNoA11yViolations(page);

  const message = await mail.waitForMail({ to: email, subject: "Confirm your email" });
  expect(message.html).toContain("<");
  expect(message.text).toContain(message.code ?? "missing code");
  await page.getByLabel("6-digit code").fill(message.code ?? "");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));

  const panel = page.getByTestId("paywall-panel");
  await expect(
    panel.getByRole("heading", { name: "Start your free trial to read this article" }),
  ).toBeVisible();
  await expect(panel.getByRole("link", { name: "Sign in here" })).toHaveCount(0);
  expect(await page.content()).not.toContain(article.secrets[0]);

  await testHooks.grantMembership(await findUserId(testHooks, email), { status: "trialing" });
  await page.reload();
  await expect(page.getByTestId("paywall-panel")).toHaveCount(0);
  for (const p of article.secrets) await expect(page.getByText(p)).toBeVisible();
});

test("a past_due member past the grace period is asked to update the card", async ({
  page,
  testHooks,
  signInAs,
}) => {
  const article = await createGatedArticle(testHooks, "pastdue");
  const user = await testHooks.createUser({ email: uniqueEmail("pastdue") });
  await testHooks.grantMembership(user.id, {
    status: "past_due",
    pastDueSince: new Date(Date.now() - 30 * 86_400_000).toISOString(),
  });
  await signInAs(page, user, article.path);
  await expect(page.getByRole("heading", { name: "Update your card to keep reading" })).toBeVisible();
  expect(await page.content()).not.toContain(article.secrets[0]);
});

test("the header's Sign in brings the reader back to the page they were on", async ({ page, testHooks }) => {
  const article = await createGatedArticle(testHooks, "header");
  const user = await testHooks.createUser({ email: uniqueEmail("header") });
  await testHooks.grantMembership(user.id, { status: "active", plan: "monthly" });
  await page.goto(article.path);
  await page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles%2F/);
  await submitPasswordForm(page, user);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  for (const p of article.secrets) await expect(page.getByText(p)).toBeVisible();
});
