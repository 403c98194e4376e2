import { AccountPage } from "../pages/account";
import { SignInPage } from "../pages/sign-in";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { expectSignedInAs, uniqueEmail } from "./helpers";

test("reset the password by email; the old one stops working and other sessions end", async ({
  page,
  browser,
  testHooks,
  mail,
  signInAs,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("reset") });

  // Another device, signed in before the reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, user, "/account");
  await expectSignedInAs(otherPage, user.email);

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We sent an email" })).toBeVisible();
  await expectNoA11yViolations(page);

  const message = await mail.waitForMail({ to: user.email, subject: "Reset your Newsstand password" });
  const link = message.links.find((l) => l.includes("/reset-password?token="));
  await page.goto(link ?? "");
  await page.getByLabel("New password", { exact: true }).fill("1234567890");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("too easy to guess")).toBeVisible();
  const newPassword = "copper-kettle-sunrise-77";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/account\?notice=password-reset/);
  await expect(page.getByText("Your new password is set")).toBeVisible();

  // The other device was signed out; the reset link is spent.
  await new AccountPage(otherPage).expectSignedOut();
  await other.close();
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();

  // Old password refused, new one accepted.
  await page.context().clearCookies();
  const signIn = new SignInPage(page);
  await signIn.goto();
  const form = await signIn.submitPassword(user);
  await expect(form.getByRole("alert")).toContainText("don't match");
  await signInAs(page, { email: user.email, password: newPassword }, "/account");
  await expectSignedInAs(page, user.email);
});
