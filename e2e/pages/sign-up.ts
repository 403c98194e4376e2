import { expect, type Locator, type Page } from "@playwright/test";

// /sign-up: the account form; the code it mails is typed on the same page as sign-in's (SignInPage.enterCode).

export class SignUpPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "Create your account" });
  }

  async goto(callbackUrl?: string): Promise<void> {
    await this.page.goto(callbackUrl ? `/sign-up?${new URLSearchParams({ callbackUrl })}` : "/sign-up");
  }

  /** Fills and submits the form; the caller checks what follows (an error beside a field, or the mail). */
  async submit(fields: { email: string; password: string }): Promise<void> {
    await this.form.getByLabel("Email").fill(fields.email);
    await this.form.getByLabel("Password").fill(fields.password);
    await this.form.getByRole("button", { name: "Create account" }).click();
  }

  async expectCheckEmail(): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
}
