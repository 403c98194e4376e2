import { expect, type Locator, type Page } from "@playwright/test";
import { storyLinks } from "./stories";

// The home page: the membership offer (for readers without one), Top stories, Our Picks, a member's For You
// rail, and the stories of every section.

/** The offer's link, in whichever words it takes for this reader. */
export const MEMBERSHIP_OFFER = /start your free trial|become a member/i;

export class HomePage {
  readonly main: Locator;
  readonly topStories: Locator;
  readonly ourPicks: Locator;
  readonly forYou: Locator;
  readonly offer: Locator;
  /** Headline links of every story card on the page, Top stories first. */
  readonly stories: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    this.topStories = page.getByRole("region", { name: "Top stories" });
    this.ourPicks = page.getByRole("region", { name: "Our Picks" });
    this.forYou = page.getByRole("region", { name: "For You" });
    this.offer = this.main.getByRole("link", { name: MEMBERSHIP_OFFER });
    this.stories = storyLinks(this.main);
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  /** The lead story's headline link (the first card of Top stories). */
  get leadStory(): Locator {
    return storyLinks(this.topStories).first();
  }

  /** Opens the first story on the page and waits for its article page. */
  async openFirstStory(): Promise<void> {
    await this.stories.first().click();
    await expect(this.page).toHaveURL(/\/articles\//);
  }

  /** The slug of the first topic the page links to (a section in the header, or a card's topic). */
  async firstTopicSlug(): Promise<string> {
    // Topic links carry nothing but the topic's name, so only their address tells them from other links.
    const href = await this.page.locator('a[href^="/topics/"]').first().getAttribute("href");
    return href?.split("/")[2] ?? "";
  }
}
