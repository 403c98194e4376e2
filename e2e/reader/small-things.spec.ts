import { expect, expectNoA11yViolations, signInWithPassword, test } from "../fixtures";
import { AccountPage } from "../pages/account";
import { HomePage } from "../pages/home";
import { SignInPage } from "../pages/sign-in";
import { e2eEnv } from "../support/env";

// Issue 10, point 15: the small things a newcomer trips over.

test("the sign-in page asks for the email once, for both ways in", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await expect(page.getByLabel("Email", { exact: true })).toHaveCount(1);
  const form = signIn.passwordForm;
  await expect(form.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(form.getByRole("button", { name: "Email me a sign-in code" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("signing out lands on the page you were on", async ({ page, testHooks }) => {
  const user = await testHooks.createUser({ name: "Leaving Reader" });
  await signInWithPassword(page, user);
  const home = new HomePage(page);
  await home.goto();
  await home.openFirstStory();
  const article = new URL(page.url()).pathname;
  const header = page.getByRole("banner");
  await header.getByText("Leaving Reader").click();
  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(article);
});

test("deleting an account says so afterwards", async ({ page, testHooks }) => {
  const user = await testHooks.createUser();
  await signInWithPassword(page, user, "/account");
  await new AccountPage(page).deleteAccount(user.email, user.email, user.password);
  await expect(
    page.getByRole("main").getByRole("status").filter({ hasText: "account has been deleted" }),
  ).toBeVisible();
});

test("favicon.ico is served", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("robots.txt names the site's own address", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain(`Sitemap: ${e2eEnv.appUrl}/sitemap.xml`);
});
