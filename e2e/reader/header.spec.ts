import { expect, expectNoA11yViolations, signInWithPassword, test } from "../fixtures";
import { ArticlePage } from "../pages/article";
import { HomePage } from "../pages/home";

// Issue 10, point 12: on a phone the header is one row plus search, with a visible way to every section;
// on a wide screen every section shows; the article's title line leaves no separator hanging at a line end.

test("on a phone: one row plus search, and a Sections menu with every section", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await new HomePage(page).goto();
  const header = page.getByRole("banner");
  const height = (await header.boundingBox())?.height ?? Infinity;
  expect(height, "header height at 390 px").toBeLessThanOrEqual(112);
  await expect(header.getByRole("searchbox")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("header-390.png") });

  const menu = header.locator("summary", { hasText: "Sections" });
  await expect(menu).toBeVisible();
  await menu.click();
  const sections = header.getByRole("navigation", { name: "Sections" });
  await expect(sections.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(sections.getByRole("link", { name: "Titles" })).toBeVisible();
  const topicLinks = sections.locator('a[href^="/topics/"]');
  expect(await topicLinks.count()).toBeGreaterThan(5);
  // Every section fits across the screen: none is cut off at the edge.
  for (const link of await topicLinks.all()) {
    const box = await link.boundingBox();
    expect(box?.x ?? -1, "left edge").toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity), "right edge").toBeLessThanOrEqual(390);
  }
  await page.screenshot({ path: testInfo.outputPath("sections-open-390.png") });
  await expectNoA11yViolations(page);
  await topicLinks.nth(2).click();
  await expect(page).toHaveURL(/\/topics\//);
});

test("signed in on a phone, the header is still one row plus search", async ({
  page,
  testHooks,
}, testInfo) => {
  const user = await testHooks.createUser({ name: "Alexandra Featherstonehaugh" });
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, user);
  await new HomePage(page).goto();
  const header = page.getByRole("banner");
  expect((await header.boundingBox())?.height ?? Infinity, "header height at 390 px").toBeLessThanOrEqual(
    112,
  );
  await expect(header.locator("summary", { hasText: "Account menu for" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("header-member-390.png") });
});

test("on a wide screen every section is in the bar, none cut off", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await new HomePage(page).goto();
  const bar = page.getByRole("banner").getByRole("navigation", { name: "Sections" });
  await expect(bar).toBeVisible();
  const clipped = await bar.locator("ul").evaluate((list) => list.scrollWidth > list.clientWidth);
  expect(clipped, "the sections bar scrolls sideways").toBe(false);
  for (const link of await bar.getByRole("link").all()) await expect(link).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath("header-1280.png") });
});

test("an article's title and topic line has no separator left at a line end", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const home = new HomePage(page);
  await home.goto();
  await home.openFirstStory();
  const article = new ArticlePage(page);
  await expect(article.titleLink).toBeVisible();
  await expect(article.topicLink).toBeVisible();
  expect((await article.titleLine.innerText()).includes("|"), "a bare | in the title line").toBe(false);
  await page.screenshot({ path: testInfo.outputPath("article-390.png") });
});
