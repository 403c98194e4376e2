import { expect, expectNoA11yViolations, test } from "../fixtures";
import { HomePage } from "../pages/home";
import { SearchPage } from "../pages/search";

// Issue 10, point 13: a title found by its name, a result count, filters without words, a reversed date
// range said plainly, and no text in q can ever answer 500.

test("a title's name finds the title, and results come with a count", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto({ q: "Glenshannagh Courier" });
  const titles = search.titleMatches;
  await expect(titles.getByRole("link", { name: /Glenshannagh Courier/ })).toBeVisible();
  await titles.getByRole("link", { name: /Glenshannagh Courier/ }).click();
  await expect(page).toHaveURL(/\/publishers\/[a-z-]*glenshannagh-courier/);

  await search.goto({ q: "council" });
  await expect(search.count).toHaveText(/^[\d,]+\+? results?$/);
  await expectNoA11yViolations(page);
});

test("a topic or title filter without words lists that topic's or title's stories", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const topic = await home.firstTopicSlug();
  const search = new SearchPage(page);
  await search.goto({ topic });
  await expect(page.getByText("What are you looking for?")).toHaveCount(0);
  await expect(search.results.first()).toBeVisible();
  await expect(search.count).toHaveText(/^[\d,]+\+? results?$/);
  await expect(search.filter("Topic")).toHaveValue(topic);
});

test("a reversed date range is said plainly, and searched the right way round", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto({ q: "council", from: "2026-11-20", to: "2026-11-01" });
  await expect(search.notice).toHaveText(
    /“From” date was after the “To” date.*1 November 2026 to 20 November 2026/,
  );
  await expect(search.filter("From")).toHaveValue("2026-11-01");
  await expect(search.filter("To")).toHaveValue("2026-11-20");
});

test("no text in q answers 500", async ({ request }) => {
  const hostile = [
    "-".repeat(33),
    "- ".repeat(40),
    "-".repeat(200),
    `"${"-".repeat(60)}"`,
    "!".repeat(100),
    "(".repeat(100),
    "a & b | c <-> d <2> e:* !f",
    `'; drop table articles; --`,
    "\\",
    "%",
    "🚀".repeat(60),
    "or ".repeat(60),
  ];
  for (const q of hostile) {
    // The results as the shell fetches them, and the page a browser without JavaScript gets.
    const results = await request.get(`/api/search?${new URLSearchParams({ q })}`);
    expect(results.status(), `results, q=${q.slice(0, 40)}`).toBe(200);
    expect(Array.isArray(((await results.json()) as { items: unknown }).items)).toBe(true);
    const page = await request.get(`/search?${new URLSearchParams({ q, noscript: "1" })}`);
    expect(page.status(), `page, q=${q.slice(0, 40)}`).toBe(200);
  }
});

test("without JavaScript, a search from the header still brings its results", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/about");
    const box = page.getByRole("searchbox").first();
    await box.fill("council");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?(.*&)?noscript=1/);
    const search = new SearchPage(page);
    await expect(search.count).toContainText(/result/);
    await expect(search.results.first()).toBeVisible();
    await expect(search.highlights.first()).toBeVisible();
    // Its next page stays a page with results.
    await expect(page.getByRole("link", { name: /Older/ })).toHaveAttribute("href", /noscript=1/);
    // Arriving by a link (no form): the shell says how to get the results.
    await page.goto("/search?q=council");
    // (Playwright's text and role queries skip <noscript>; a CSS query does not.)
    await expect(page.locator("main noscript p")).toBeVisible();
    await expect(page.locator("main noscript p")).toContainText("Your browser is not running JavaScript");
  } finally {
    await context.close();
  }
});

test("a search made in the page is an entry in the history: Back brings the last one back", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await search.goto({ q: "council" });
  await expect(search.form.getByRole("searchbox")).toHaveValue("council");
  const first = await search.results.first().innerText();
  await search.form.getByRole("searchbox").fill("harbour");
  await search.form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=harbour(&|$)/);
  await search.settled();
  await expect(page.getByRole("heading", { name: "Results for “harbour”" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=council(&|$)/);
  await search.settled();
  await expect(page.getByRole("heading", { name: "Results for “council”" })).toBeVisible();
  await expect(search.form.getByRole("searchbox")).toHaveValue("council");
  await expect(search.results.first()).toHaveText(first);
});

test("Older and Newer turn the page in place: the next results are fetched, the page is not rendered", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await search.goto({ q: "council" });
  const first = await search.results.first().innerText();
  const asked: string[] = [];
  page.on("request", (request) => {
    const { pathname, search: query } = new URL(request.url());
    if (pathname.startsWith("/search") || pathname.startsWith("/api/search")) asked.push(pathname + query);
  });
  await page.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await search.settled();
  await expect(page.getByText("Page 2", { exact: true })).toBeVisible();
  await expect(search.results.first()).not.toHaveText(first);
  // Only the answer was asked for: no document, no render of the shell (a prefetch or a link's RSC request).
  expect(asked).toEqual([expect.stringMatching(/^\/api\/search\?(.*&)?page=2(&|$)/)]);
  await page.getByRole("link", { name: /Newer/ }).click();
  await expect(page).not.toHaveURL(/page=/);
  await search.settled();
  await expect(search.results.first()).toHaveText(first);
  // And Back returns to page 2.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await search.settled();
  await expect(search.results.first()).not.toHaveText(first);
});
