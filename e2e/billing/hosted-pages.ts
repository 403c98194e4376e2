import { expect, type Page } from "@playwright/test";

// The emulator's hosted Checkout and billing-portal pages, driven like a person would.

async function fillCard(page: Page, card: string): Promise<void> {
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiry date").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  const name = page.getByLabel("Name on card");
  if (await name.count()) await name.fill("Test Reader");
}

/** On Checkout: a card, or none (a trial that needs no card); then back to the app's success URL. */
export async function completeCheckout(page: Page, { card }: { card: string | null }): Promise<void> {
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  if (card) await fillCard(page, card);
  await page.getByRole("button", { name: /^(Start trial|Subscribe)$/ }).click();
}

/** The portal's payment-method flow, which returns to the app by itself once the card is saved. */
export async function addCardInPortal(page: Page, card: string): Promise<void> {
  await expect(page).toHaveURL(/\/portal\//);
  await fillCard(page, card);
  await page.getByRole("button", { name: "Save card" }).click();
}

/** Portal home → Cancel plan → a reason → Cancel plan → back to the app. */
export async function cancelInPortal(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/portal\//);
  await page.getByRole("button", { name: "Cancel plan" }).click();
  await page.getByLabel(/too expensive/i).check();
  await page.getByRole("button", { name: "Cancel plan" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.getByRole("link", { name: /^Return to / }).click();
}
