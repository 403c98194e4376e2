import { SignInPage } from "../pages/sign-in";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { expectSignedInAs, uniqueEmail } from "./helpers";

// Sign-in by email: one mail carries a link and a 6-digit code, and each works on its own.

test("sign in by typing the code", async ({ page, testHooks, mail }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("code") });
  const signIn = new SignInPage(page);
  await signIn.requestCode(user.email);
  const message = await mail.waitForMail({ to: user.email, subject: "sign-in code" });
  expect(message.code).toMatch(/^\d{6}$/);
  expect(message.html).toContain(message.code ?? "");

  const codeForm = await signIn.enterCode("000000" === message.code ? "111111" : "000000");
  await expect(codeForm.getByRole("alert")).toContainText("not right");

  await signIn.enterCode(message.code ?? "");
  await expect(page).toHaveURL(/\/account$/);
  await expectSignedInAs(page, user.email);
});

test("sign in by the link: opening it spends nothing, the confirm click signs in", async ({
  page,
  browser,
  testHooks,
  mail,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("link") });
  await new SignInPage(page).requestCode(user.email);
  const message = await mail.waitForMail({ to: user.email, subject: "sign-in code" });
  const link = message.links.find((l) => l.includes("/sign-in/confirm?token="));
  expect(link).toBeTruthy();

  // A mail scanner fetches the link first: a plain GET must leave it usable.
  const scanner = await browser.newContext();
  const scanned = await scanner.request.get(link ?? "");
  expect(scanned.status()).toBe(200);
  await scanner.close();

  await page.context().clearCookies();
  await page.goto(link ?? "");
  await expect(page.getByText(`Continue as ${user.email}`)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Sign in to Newsstand" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expectSignedInAs(page, user.email);

  // Used once: a second visit explains and offers a new code; the mail's code is spent too.
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
  await expect(page.getByText("already been used")).toBeVisible();
  await expect(page.getByRole("link", { name: "Send me a new sign-in code" })).toBeVisible();
});

test("an address without an account gets the same page, and a mail saying so", async ({ page, mail }) => {
  const email = uniqueEmail("nobody");
  await new SignInPage(page).requestCode(email);
  const message = await mail.waitForMail({ to: email, subject: "Signing in to Newsstand" });
  expect(message.text).toContain("no account");
  expect(message.code).toBeUndefined();
});
