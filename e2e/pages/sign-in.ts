import { expect, type Locator, type Page } from "@playwright/test";

// /sign-in and the code page it leads to: one form (password or email code), the 6-digit code.

export interface Credentials {
  email: string;
  password: string;
}

export class SignInPage {
  readonly passwordForm: Locator;
  readonly emailForm: Locator;

  constructor(readonly page: Page) {
    this.passwordForm = page.getByRole("form", { name: "Sign in", exact: true });
    this.emailForm = page.getByRole("form", { name: "Sign in", exact: true });
  }

  async goto(callbackUrl?: string): Promise<void> {
    await this.page.goto(callbackUrl ? `/sign-in?${new URLSearchParams({ callbackUrl })}` : "/sign-in");
  }

  /** Fills and submits the password form of the page already open; returns the form (for its alert). */
  async submitPassword(user: Credentials): Promise<Locator> {
    await this.passwordForm.getByLabel("Email", { exact: true }).fill(user.email);
    await this.passwordForm.getByLabel("Password", { exact: true }).fill(user.password);
    await this.passwordForm.getByRole("button", { name: "Sign in", exact: true }).click();
    return this.passwordForm;
  }

  /** Signs in with the password form and waits until the app has let the user in. */
  async signIn(user: Credentials, callbackUrl = "/"): Promise<void> {
    await this.goto(callbackUrl);
    await this.submitPassword(user);
    await expect(this.page).not.toHaveURL(/\/sign-in(\?|$)/);
  }

  /** Asks for a sign-in code by email and waits for the "check your email" page. */
  async requestCode(email: string, callbackUrl = "/account"): Promise<void> {
    await this.goto(callbackUrl);
    await this.emailForm.getByLabel("Email").fill(email);
    await this.emailForm.getByRole("button", { name: "Email me a sign-in code" }).click();
    await expect(this.page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }

  /** Types a code on the "check your email" page (sign-in and sign-up both land there). */
  async enterCode(code: string): Promise<Locator> {
    await this.page.getByLabel("6-digit code").fill(code);
    await this.page.getByRole("button", { name: "Continue" }).click();
    return this.page.getByRole("form", { name: "Enter your code" });
  }
}
