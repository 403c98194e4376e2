import { expect, type Locator, type Page } from "@playwright/test";

// /for-you and the follow/mute buttons every title, topic, author and article page carries.

export class ForYouPage {
  readonly chooser: Locator;

  constructor(readonly page: Page) {
    this.chooser = page.getByRole("region", { name: "What would you like to read about?" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/for-you");
  }

  /** Ticks the first topic of the cold-start choice and starts For You; answers the topic's name. */
  async chooseFirstTopic(): Promise<string> {
    const label = this.chooser.locator("label").first();
    const topic = (await label.innerText()).trim();
    await label.click();
    await this.chooser.getByRole("button", { name: "Start my For You" }).click();
    await expect(this.chooser).toHaveCount(0);
    return topic;
  }

  reasons(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  /** Cards of one title in the list (its name is each card's kicker). */
  cardsOf(publisherName: string): Locator {
    return this.page.locator(".card-kicker", { hasText: publisherName });
  }
}

/** The "Follow or mute" buttons of the page open (an article: its title, topic and writers). */
export class FollowBar {
  readonly bar: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole("list", { name: "Follow or mute" });
  }

  /** Follows the first thing on the bar (an article's title); answers its name. */
  async followFirst(): Promise<string> {
    const button = this.bar.getByRole("button", { name: /^Follow / }).first();
    const name = ((await button.textContent()) ?? "").replace(/^Follow\s*/, "").trim();
    await button.click();
    await expect(this.bar.getByRole("button", { name: `Following ${name}` })).toBeVisible();
    return name;
  }

  /** Mutes the first thing on the bar (an article's title); answers its name. */
  async muteFirst(): Promise<string> {
    const button = this.bar.getByRole("button", { name: /^Mute / }).first();
    // Its accessible name is "Mute <name>" (the name is there for screen readers).
    const name = ((await button.textContent()) ?? "").replace(/^Mute\s*/, "").trim();
    await button.click();
    await expect(this.bar.getByRole("button", { name: `Muted ${name} · undo` })).toBeVisible();
    return name;
  }

  async undoMute(name: string): Promise<void> {
    await this.bar.getByRole("button", { name: `Muted ${name} · undo` }).click();
    await expect(this.bar.getByRole("button", { name: `Mute ${name}` })).toBeVisible();
  }
}
