import { AccountPage } from "../pages/account";
import { SignInPage } from "../pages/sign-in";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { expectSignedInAs, uniqueEmail } from "./helpers";

// /account: name, change of email (confirmed from the new address), sign out of every device, delete.

test("sign out of every device ends the other browser's session too", async ({
  page,
  browser,
  testHooks,
  signInAs,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("everywhere") });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, user, "/account");
  await signInAs(page, user, "/account");
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Sign out of every device" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("You have been signed out on every device.")).toBeVisible();
  await new AccountPage(otherPage).expectSignedOut();
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await other.close();
  // Signing in again works.
  await signInAs(page, user, "/account");
  await expectSignedInAs(page, user.email);
});

test("change name and email; the new address is confirmed by its link", async ({
  page,
  testHooks,
  mail,
  signInAs,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("mover") });
  await signInAs(page, user, "/account");

  const account = new AccountPage(page);
  const profile = account.profileForm;
  await profile.getByLabel("Name").fill("Ada Mover");
  await profile.getByRole("button", { name: "Save name" }).click();
  await expect(profile.getByRole("status")).toContainText("saved");

  const newEmail = uniqueEmail("moved");
  await account.requestEmailChange(newEmail, "wrong-password-x");
  await expect(account.emailForm.getByText("That is not your current password.")).toBeVisible();
  await account.requestEmailChange(newEmail, user.password);
  await expect(account.emailForm.getByRole("status")).toContainText(
    `sent a confirmation link to ${newEmail}`,
  );

  const message = await mail.waitForMail({ to: newEmail, subject: "Confirm your new email address" });
  const link = message.links.find((l) => l.includes("/verify-email?token="));
  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Confirm new address" }).click();
  await expect(page).toHaveURL(/\/account\?notice=email-changed/);
  await expect(page.getByText(`Signed in as ${newEmail}`)).toBeVisible();
  await mail.waitForMail({ to: user.email, subject: "email address was changed" });
});

test("delete the account: confirmed by typing the address; the person can no longer sign in", async ({
  page,
  testHooks,
  signInAs,
  mail,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("leaver") });
  await testHooks.grantMembership(user.id, { status: "active" });
  await signInAs(page, user, "/account");
  const account = new AccountPage(page);
  await account.deleteAccount("someone-else@example.test", user.email, user.password);
  await expect(account.deleteForm.getByText(`Type ${user.email} to confirm.`)).toBeVisible();

  await account.deleteAccount(user.email, user.email, user.password);
  await expect(page).toHaveURL(/\/\?notice=account-deleted/);
  // Issue 10 point 6: the deletion is confirmed by mail (sent after the account's own mail was erased).
  const gone = await mail.waitForMail({ to: user.email, subject: "Your Newsstand account has been deleted" });
  expect(gone.text).toContain("you won't be charged again");
  await account.expectSignedOut();
  const signIn = await new SignInPage(page).submitPassword(user);
  await expect(signIn.getByRole("alert")).toContainText("don't match");
});

test("sign out from the header's account menu", async ({ page, testHooks, signInAs }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("menu"), name: "Menu Person" });
  await signInAs(page, user, "/");
  const header = page.getByRole("banner");
  await header.getByText("Menu Person").click();
  await header.getByRole("link", { name: "Your account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await header.getByText("Menu Person").click();
  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await new AccountPage(page).expectSignedOut();
});
