import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { ArticlePage } from "../pages/article";
import { HomePage } from "../pages/home";
import { ListingPage } from "../pages/listing";
import { SearchPage } from "../pages/search";

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

  const home = new HomePage(page);
  await home.goto();
  await expect(page.getByRole("heading", { name: /top stories/i }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /our picks/i }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  // A story of the sample catalogue: tests running beside this one add stories in topics of their own
  // ("topic-…"), which have no related stories.
  const sampleTopic = page.locator('a[href^="/topics/"]:not([href^="/topics/topic-"])');
  await page
    .getByRole("main")
    .locator("article")
    .filter({ has: sampleTopic })
    .getByRole("heading")
    .getByRole("link")
    .first()
    .click();
  const article = new ArticlePage(page);
  const headline = await article.expectArticle();
  expect(headline.length).toBeGreaterThan(10);
  await expect(page.getByRole("heading", { name: /related stories/i }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  await article.titleLink.click(); // the article's own title
  const listing = new ListingPage(page);
  const publisher = await listing.expectListing("publishers");
  await expectNoA11yViolations(page);

  await listing.openFirstTopic();
  await listing.expectListing("topics");
  await expectNoA11yViolations(page);

  // Search for the longest word of the headline we read: it must find at least that article.
  const word = headline.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
  expect(word, `a word to search for in "${headline}"`).toBeTruthy();
  const search = new SearchPage(page);
  await search.searchFromHeader(word ?? "");
  await expect(search.results.first()).toBeVisible();
  await expect(search.highlights.first()).toBeVisible();
  await expectNoA11yViolations(page);

  // Narrowed to the article's title (picked by name from the titles grouped by country): the article is still found.
  await search.narrowToTitle(publisher.name);
  await expect(page).toHaveURL(new RegExp(`[?&]publisher=${publisher.slug}(&|$)`));
  await expect(page.getByRole("link", { name: headline }).first()).toBeVisible();

  expect(outside, "requests outside the site").toEqual([]);
});

test("the journey works on a phone-sized screen with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await new HomePage(page).goto();
  // The first Tab reaches something focusable and visible (skip link or navigation).
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toBeVisible();
  await expectNoA11yViolations(page);
});
