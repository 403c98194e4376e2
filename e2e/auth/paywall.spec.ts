import { ArticlePage } from "../pages/article";
import { SignInPage } from "../pages/sign-in";
import { SignUpPage } from "../pages/sign-up";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { createGatedArticle, findUserId, uniqueEmail } from "./helpers";

// Sign up → the gated article shows the teaser and the trial panel → a membership is granted
// (factory) → the whole article. Plus the visitor's panel and its way back after sign-in.

test("a visitor sees the teaser, the sign-up panel, and comes back to the article after signing in", async ({
  page,
  testHooks,
  signInAs,
}) => {
  const article = await createGatedArticle(testHooks, "visitor");
  const view = new ArticlePage(page);
  await view.goto(article.path);
  await view.expectPaywallHeading("Sign up to read this article");
  await expect(view.paywall.getByRole("link", { name: "Start your free trial" })).toBeVisible();
  await view.expectParagraphs(article.teaser);
  await view.expectWithheld(article.secrets);
  await expectNoA11yViolations(page);

  const user = await testHooks.createUser({ email: uniqueEmail("returning") });
  await testHooks.grantMembership(user.id, { status: "active", plan: "annual" });
  await view.paywall.getByRole("link", { name: "Sign in here" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles%2F/);
  await signInAs(page, user, article.path);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  await view.expectParagraphs(article.secrets);
});

test("sign up → confirm by code → teaser with trial panel → membership granted → whole article", async ({
  page,
  testHooks,
  mail,
}) => {
  const article = await createGatedArticle(testHooks, "signup");
  const email = uniqueEmail("signup");

  const signUp = new SignUpPage(page);
  await signUp.goto(article.path);
  await signUp.submit({ email, password: "password123" });
  await expect(signUp.form.getByText("too easy to guess")).toBeVisible(); // common passwords are refused beside the field
  await signUp.submit({ email, password: "lantern-orbit-meadow-42" });
  await signUp.expectCheckEmail();
  await expectNoA11yViolations(page);

  const message = await mail.waitForMail({ to: email, subject: "Confirm your email" });
  expect(message.html).toContain("<");
  expect(message.text).toContain(message.code ?? "missing code");
  await new SignInPage(page).enterCode(message.code ?? "");
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));

  const view = new ArticlePage(page);
  await view.expectPaywallHeading("Start your free trial to read this article");
  await expect(view.paywall.getByRole("link", { name: "Sign in here" })).toHaveCount(0);
  await view.expectWithheld(article.secrets.slice(0, 1));

  await testHooks.grantMembership(await findUserId(testHooks, email), { status: "trialing" });
  await page.reload();
  await expect(view.paywall).toHaveCount(0);
  await view.expectParagraphs(article.secrets);
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
  await new ArticlePage(page).expectWithheld(article.secrets.slice(0, 1));
});

test("the header's Sign in brings the reader back to the page they were on", async ({ page, testHooks }) => {
  const article = await createGatedArticle(testHooks, "header");
  const user = await testHooks.createUser({ email: uniqueEmail("header") });
  await testHooks.grantMembership(user.id, { status: "active", plan: "monthly" });
  const view = new ArticlePage(page);
  await view.goto(article.path);
  await page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles%2F/);
  await new SignInPage(page).submitPassword(user);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  await view.expectParagraphs(article.secrets);
});
