import { expect, type Locator, type Page } from "@playwright/test";

// /account (profile, email, sessions, deletion) and /account/membership.

export class AccountPage {
  readonly profileForm: Locator;
  readonly emailForm: Locator;
  readonly deleteForm: Locator;

  constructor(readonly page: Page) {
    this.profileForm = page.getByRole("form", { name: "Your name" });
    this.emailForm = page.getByRole("form", { name: "Change email address" });
    this.deleteForm = page.getByRole("form", { name: "Delete account" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/account");
  }

  async expectSignedInAs(email: string): Promise<void> {
    await this.goto();
    await expect(this.page).toHaveURL(/\/account/);
    await expect(this.page.getByText(`Signed in as ${email}`)).toBeVisible();
  }

  /** A visitor (or an ended session) is sent to sign in. */
  async expectSignedOut(): Promise<void> {
    await this.goto();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  async requestEmailChange(newEmail: string, currentPassword: string): Promise<void> {
    await this.emailForm.getByLabel("New email address").fill(newEmail);
    await this.emailForm.getByLabel("Current password").fill(currentPassword);
    await this.emailForm.getByRole("button", { name: "Send confirmation link" }).click();
  }

  async deleteAccount(confirm: string, email: string, currentPassword: string): Promise<void> {
    await this.deleteForm.getByLabel(`Type ${email} to confirm`).fill(confirm);
    await this.deleteForm.getByLabel("Current password").fill(currentPassword);
    await this.deleteForm.getByRole("button", { name: "Delete my account" }).click();
  }
}

export class MembershipPage {
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId("membership-status");
  }

  /** Opens the page (it re-reads Stripe, as a late webhook would) and answers the status line. */
  async open(): Promise<Locator> {
    await this.page.goto("/account/membership");
    return this.status;
  }
}
