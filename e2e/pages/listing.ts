import { expect, type Locator, type Page } from "@playwright/test";
import { storyLinks } from "./stories";

// A listing page: a topic (/topics/<slug>) or a title (/publishers/<slug>): its name as the heading and the
// latest stories, a page at a time.

export class ListingPage {
  readonly heading: Locator;
  readonly stories: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.stories = storyLinks(page.getByRole("main"));
  }

  async goto(kind: "topics" | "publishers", slug: string): Promise<void> {
    await this.page.goto(`/${kind}/${slug}`);
  }

  /** Follows the first visible topic link on the page (a story's topic, or a section in the header). */
  async openFirstTopic(): Promise<void> {
    // Topic links carry nothing but the topic's name, so only their address tells them from other links.
    await this.page.locator('a[href^="/topics/"]:visible').first().click();
  }

  /** The page open is a listing of `kind` with its heading and at least one story; answers its name and slug. */
  async expectListing(kind: "topics" | "publishers"): Promise<{ name: string; slug: string }> {
    await expect(this.page).toHaveURL(new RegExp(`/${kind}/[^/?#]+`));
    await expect(this.heading).toBeVisible();
    await expect(this.stories.first()).toBeVisible();
    const name = (await this.heading.innerText()).trim();
    return { name, slug: new URL(this.page.url()).pathname.split("/")[2] ?? "" };
  }
}
