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

  /** Rewrites the first plan form's hidden plan field, as a tampering visitor would. */
  async tamperPlan(value: string): Promise<void> {
    await this.page
      .locator('input[name="plan"]')
      .first()
      .evaluate((el, v) => ((el as HTMLInputElement).value = v), value);
  }

  /** The error beside a plan's button (the only alert on the page with text). */
  get error(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /./ });
  }
}
