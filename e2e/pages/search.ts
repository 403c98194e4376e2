import { expect, type Locator, type Page } from "@playwright/test";
import { storyLinks } from "./stories";

// /search: the search form with its filters (title, topic, dates), title matches, the count and the results.

export class SearchPage {
  readonly form: Locator;
  readonly results: Locator;
  readonly count: Locator;
  readonly titleMatches: Locator;
  readonly notice: Locator;
  /** The words of the query, marked in the results' headlines and standfirsts. */
  readonly highlights: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("search", { name: "Search articles" });
    this.results = storyLinks(page.getByRole("region", { name: /^Results/ }));
    this.count = page.getByTestId("result-count");
    this.titleMatches = page.getByRole("region", { name: "Title" });
    this.notice = page.getByRole("main").getByRole("alert");
    this.highlights = page.getByRole("main").locator("mark");
  }

  async goto(params: Record<string, string>): Promise<void> {
    await this.page.goto(`/search?${new URLSearchParams(params)}`);
    await this.settled();
  }

  /** Waits until the results the address asks for are drawn (the shell fetches them once it has the page). */
  async settled(): Promise<void> {
    await expect(this.page.getByRole("main").locator('[aria-busy="true"]')).toHaveCount(0);
  }

  /** Types into the header's search box (on any page) and waits for the results page. */
  async searchFromHeader(words: string): Promise<void> {
    const box = this.page.getByRole("searchbox").first();
    await box.fill(words);
    await box.press("Enter");
    await expect(this.page).toHaveURL(/\/search\?(.*&)?q=/);
    await this.settled();
  }

  /** Narrows the search to one title, picked by its name, and searches again. */
  async narrowToTitle(name: string): Promise<void> {
    await expect(this.form.getByLabel("Title").locator("optgroup")).not.toHaveCount(0);
    await this.form.getByLabel("Title").selectOption({ label: name });
    await this.form.getByRole("button", { name: "Search" }).click();
    await expect(this.page).toHaveURL(/[?&]publisher=/);
    await this.settled();
  }

  filter(label: "Title" | "Topic" | "From" | "To"): Locator {
    return this.form.getByLabel(label, { exact: true });
  }
}
