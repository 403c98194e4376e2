import { expect, type Page } from "@playwright/test";

// The Stripe emulator's hosted pages, driven like a person would: Checkout (a card, or none for a trial that
// needs no card) and the billing portal (add a card, cancel with a reason). Both send the reader back to the app.

export const CARDS = {
  /** Always succeeds. */
  visa: "4242 4242 4242 4242",
  /** Attaches, then declines every charge. */
  declinesLater: "4000 0000 0000 0341",
} as const;

async function fillCard(page: Page, card: string): Promise<void> {
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiry date").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  const name = page.getByLabel("Name on card");
  if (await name.count()) await name.fill("Test Reader");
}

export class HostedCheckout {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/checkout\/cs_/);
  }

  /** A card, or none (a trial that needs no card); then Stripe returns to the app's success URL. */
  async complete({ card }: { card: string | null }): Promise<void> {
    await this.expectOpen();
    if (card) await fillCard(this.page, card);
    await this.page.getByRole("button", { name: /^(Start trial|Subscribe)$/ }).click();
  }
}

export class BillingPortal {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/portal\//);
  }

  /** The payment-method flow, which returns to the app by itself once the card is saved. */
  async addCard(card: string): Promise<void> {
    await this.expectOpen();
    await fillCard(this.page, card);
    await this.page.getByRole("button", { name: "Save card" }).click();
  }

  /** Portal home → Cancel plan → a reason → Cancel plan → back to the app. */
  async cancelPlan(): Promise<void> {
    await this.expectOpen();
    await this.page.getByRole("button", { name: "Cancel plan" }).click();
    await this.page.getByLabel(/too expensive/i).check();
    await this.page.getByRole("button", { name: "Cancel plan" }).click();
    await expect(this.page.getByRole("status")).toBeVisible();
    await this.page.getByRole("link", { name: /^Return to / }).click();
  }
}
