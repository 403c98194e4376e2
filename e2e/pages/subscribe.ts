import { expect, type Locator, type Page } from "@playwright/test";

// /subscribe: one card per plan, each with its own form and button ("Start free trial — Monthly" while a trial
// is offered, "Join — Monthly" after); an error shows beside the button that was pressed.

export type PlanName = "monthly" | "annual";

export class SubscribePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
  }

  async goto(query?: Record<string, string>): Promise<void> {
    await this.page.goto(query ? `/subscribe?${new URLSearchParams(query)}` : "/subscribe");
  }

  /** The page open is the plans page. */
  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/subscribe/);
  }

  trialButton(plan: PlanName): Locator {
    return this.page.getByRole("button", { name: new RegExp(`start free trial — ${plan}`, "i") });
  }

  /** Any button of that plan (trial or join). */
  planButton(plan: PlanName): Locator {
    return this.page.getByRole("button", { name: new RegExp(plan, "i") });
  }

  /** Presses a plan's free-trial button: checkout next, or sign-up first for a visitor. */
  async startTrial(plan: PlanName): Promise<void> {
    await this.trialButton(plan).click();
  }

  /** The returnTo values the plan forms will send (hidden fields, so read from the DOM). */
  async returnTos(): Promise<string[]> {
    return this.page
      .getByRole("main")
      .locator('input[name="returnTo"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  }

  /**
   * Makes the first plan form send `value` as its plan, as a tampering visitor would. Set as the form's data is
   * gathered for its next submission, not on the hidden field: React puts the field back after each action
   * (the form's reset), and a reset landing after the rewrite would send the real plan.
   */
  async tamperPlan(value: string): Promise<void> {
    await this.page
      .locator('form:has(input[name="plan"])')
      .first()
      .evaluate((form, v) => {
        form.addEventListener("formdata", (event) => (event as FormDataEvent).formData.set("plan", v), {
          once: true,
        });
      }, value);
  }

  /** The error beside a plan's button (the only alert on the page with text). */
  get error(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /./ });
  }
}
