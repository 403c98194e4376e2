import { expect, type Locator, type Page } from "@playwright/test";

// An article page: its paragraphs and, for those who may not read it all, the paywall panel.

export class ArticlePage {
  readonly paywall: Locator;
  readonly headline: Locator;
  /** The line above the headline: the article's title (publisher) and its topic, both links. */
  readonly titleLine: Locator;
  readonly titleLink: Locator;
  readonly topicLink: Locator;

  constructor(readonly page: Page) {
    this.paywall = page.getByTestId("paywall-panel");
    this.headline = page.getByRole("heading", { level: 1 });
    // The article's own <header> (not the site's banner): no role of its own, so found by its place.
    this.titleLine = page.locator("main article header p").first();
    this.titleLink = this.titleLine.locator('a[href^="/publishers/"]');
    this.topicLink = this.titleLine.locator('a[href^="/topics/"]');
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

  /** The page open is an article; answers its headline. */
  async expectArticle(): Promise<string> {
    await expect(this.page).toHaveURL(/\/articles\/[^/?#]+$/);
    return (await this.headline.innerText()).trim();
  }

  async expectPaywallHeading(name: string): Promise<void> {
    await expect(this.paywall.getByRole("heading", { name })).toBeVisible();
  }
}
