import { expect, type Locator, type Page } from "@playwright/test";

// An article page: its paragraphs and, for those who may not read it all, the paywall panel.

export class ArticlePage {
  readonly paywall: Locator;

  constructor(readonly page: Page) {
    this.paywall = page.getByTestId("paywall-panel");
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
  }

  /** Every paragraph is on the page. */
  async expectParagraphs(paragraphs: readonly string[]): Promise<void> {
    for (const p of paragraphs) await expect(this.page.getByText(p)).toBeVisible();
  }

  /** None of the paragraphs is anywhere in the HTML (not hidden: absent). */
  async expectWithheld(paragraphs: readonly string[]): Promise<void> {
    const html = await this.page.content();
    for (const p of paragraphs) expect(html).not.toContain(p);
  }

  async expectPaywallHeading(name: string): Promise<void> {
    await expect(this.paywall.getByRole("heading", { name })).toBeVisible();
  }
}
