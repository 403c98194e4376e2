import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test } from "../fixtures";

// A visitor's path through the catalogue on the production build: home → article → publisher →
// topic → search. Every page passes axe, and the browser never asks for anything outside the site.

function watchOutsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (["data:", "blob:"].includes(protocol)) return;
    if (!["localhost", "127.0.0.1"].includes(hostname)) outside.push(request.url());
  });
  return outside;
}

test("home → article → publisher → topic → search", async ({ page }) => {
  const outside = watchOutsideRequests(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: /top stories/i }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /our picks/i }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.locator('main a[href^="/articles/"]').first().click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/);
  const headline = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(headline.length).toBeGreaterThan(10);
  await expect(page.getByRole("heading", { name: /related stories/i }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.locator('main a[href^="/publishers/"]').first().click(); // the article's own title
  await expect(page).toHaveURL(/\/publishers\/[^/?#]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const publisherName = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const publisherSlug = new URL(page.url()).pathname.split("/")[2] ?? "";
  await expect(page.locator('main a[href^="/articles/"]').first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.locator('a[href^="/topics/"]:visible').first().click();
  await expect(page).toHaveURL(/\/topics\/[^/?#]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('main a[href^="/articles/"]').first()).toBeVisible();
  await expectNoA11yViolations(page);

  // Search for the longest word of the headline we read: it must find at least that article.
  const word = headline.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
  expect(word, `a word to search for in "${headline}"`).toBeTruthy();
  const box = page.getByRole("searchbox").first();
  await box.fill(word ?? "");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?(.*&)?q=/);
  await expect(page.locator('main a[href^="/articles/"]').first()).toBeVisible();
  await expect(page.locator("main mark").first()).toBeVisible();
  await expectNoA11yViolations(page);

  // Narrowed to the article's title (picked by name from the titles grouped by country): the article is still found.
  const form = page.getByRole("search", { name: "Search articles" });
  await expect(form.getByLabel("Title").locator("optgroup")).not.toHaveCount(0);
  await form.getByLabel("Title").selectOption({ label: publisherName });
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]publisher=${publisherSlug}(&|$)`));
  await expect(page.getByRole("link", { name: headline }).first()).toBeVisible();

  expect(outside, "requests outside the site").toEqual([]);
});

test("the journey works on a phone-sized screen with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  // The first Tab reaches something focusable and visible (skip link or navigation).
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toBeVisible();
  await expectNoA11yViolations(page);
});
