import { expect, type Locator, type Page } from "@playwright/test";

// /account (profile, email, sessions, deletion) and /account/membership with its change flows (cancel, undo,
// switch plan, add a card, the billing portal).

export class AccountPage {
  readonly profileForm: Locator;
  readonly emailForm: Locator;
  readonly deleteForm: Locator;
  readonly briefingForm: Locator;
  readonly briefingStatus: Locator;

  constructor(readonly page: Page) {
    this.profileForm = page.getByRole("form", { name: "Your name" });
    this.emailForm = page.getByRole("form", { name: "Change email address" });
    this.deleteForm = page.getByRole("form", { name: "Delete account" });
    this.briefingForm = page.getByRole("form", { name: "Daily briefing" });
    this.briefingStatus = page.getByTestId("briefing-status");
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

  /** Turns the daily briefing on at `hour` (0–23); the time zone is left as the form offers it. */
  async turnOnBriefing(hour: number): Promise<void> {
    await this.briefingForm.getByLabel("Send me the daily briefing").check();
    await this.briefingForm.getByLabel("Hour").selectOption(String(hour));
    await this.briefingForm.getByRole("button", { name: "Save briefing" }).click();
    await expect(this.briefingForm.getByText("Your daily briefing is on.")).toBeVisible();
  }

  async deleteAccount(confirm: string, email: string, currentPassword: string): Promise<void> {
    await this.deleteForm.getByLabel(`Type ${email} to confirm`).fill(confirm);
    await this.deleteForm.getByLabel("Current password").fill(currentPassword);
    await this.deleteForm.getByRole("button", { name: "Delete my account" }).click();
  }
}

export class MembershipPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly trialEnd: Locator;
  readonly nextCharge: Locator;
  readonly card: Locator;
  readonly invoices: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Membership", level: 1 });
    this.status = page.getByTestId("membership-status");
    this.trialEnd = page.getByTestId("trial-end");
    this.nextCharge = page.getByTestId("next-charge");
    this.card = page.getByTestId("card");
    this.invoices = page.getByRole("table");
  }

  /** Opens the page (it re-reads Stripe, as a late webhook would) and answers the status line. */
  async open(): Promise<Locator> {
    // A navigation the page itself starts a moment earlier (a server action's refresh settling on a loaded
    // machine) can abort ours with ERR_ABORTED; then the page is simply opened again.
    await this.page.goto("/account/membership").catch(async (error: Error) => {
      if (!error.message.includes("ERR_ABORTED")) throw error;
      await this.page.waitForLoadState();
      await this.page.goto("/account/membership");
    });
    return this.status;
  }

  /** Opens the page and waits for its heading. */
  async openAndWait(): Promise<void> {
    await this.open();
    await expect(this.heading).toBeVisible();
  }

  /** Re-opens the page and reads the status line: for `expect.poll` while Stripe's clock plays out. */
  async readStatus(): Promise<string> {
    return (await this.open()).innerText();
  }

  /** "Cancel free trial" (or "Cancel membership") → the confirmation page. */
  async startCancel(link: string | RegExp = "Cancel free trial"): Promise<CancelMembershipPage> {
    await this.page.getByRole("link", { name: link }).click();
    await expect(this.page).toHaveURL(/\/account\/membership\/cancel$/);
    return new CancelMembershipPage(this.page);
  }

  /** "Switch to <plan>" → Stripe's preview of the change. */
  async startSwitch(plan: "monthly" | "annual"): Promise<SwitchPlanPage> {
    await this.page.getByRole("link", { name: `Switch to ${plan}` }).click();
    await expect(this.page).toHaveURL(new RegExp(`/account/membership/switch\\?plan=${plan}`));
    return new SwitchPlanPage(this.page, plan);
  }

  /** Undoes a cancellation (one click, on the membership page). */
  async keepMembership(): Promise<void> {
    await this.page.getByRole("button", { name: "Keep my membership" }).click();
  }

  /** "Add a card": on to the billing portal's card form. */
  async addCard(): Promise<void> {
    await this.page.getByRole("button", { name: "Add a card" }).click();
  }

  async openPortal(): Promise<void> {
    await this.page.getByRole("button", { name: "Manage in billing portal" }).click();
  }
}

/** /account/membership/cancel: what cancelling means on this membership, an optional reason, confirm or go back. */
export class CancelMembershipPage {
  readonly consequence: Locator;

  constructor(readonly page: Page) {
    this.consequence = page.getByTestId("cancel-consequence");
  }

  async giveReason(reason: string, comment?: string): Promise<void> {
    await this.page.getByLabel(reason).check();
    if (comment !== undefined) await this.page.getByLabel(/Anything you'd like to tell us/).fill(comment);
  }

  async confirm(button = "Cancel my free trial"): Promise<void> {
    await this.page.getByRole("button", { name: button }).click();
  }

  /** The page's way back, which changes nothing. */
  async goBack(): Promise<void> {
    await this.page.getByRole("link", { name: "Keep my membership" }).click();
  }
}

/** /account/membership/switch?plan=…: Stripe's preview of the change (price, when, due today, next), then confirm. */
export class SwitchPlanPage {
  readonly price: Locator;
  readonly effective: Locator;
  readonly dueNow: Locator;
  readonly next: Locator;

  constructor(
    readonly page: Page,
    readonly plan: "monthly" | "annual",
  ) {
    this.price = page.getByTestId("switch-price");
    this.effective = page.getByTestId("switch-effective");
    this.dueNow = page.getByTestId("switch-due-now");
    this.next = page.getByTestId("switch-next");
  }

  async confirm(): Promise<void> {
    await this.page.getByRole("button", { name: `Confirm: switch to ${this.plan}` }).click();
  }
}
