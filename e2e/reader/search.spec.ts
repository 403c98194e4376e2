import { expect, expectNoA11yViolations, test } from "../fixtures";

// Issue 10, point 13: a title found by its name, a result count, filters without words, a reversed date
// range said plainly, and no text in q can ever answer 500.

test("a title's name finds the title, and results come with a count", async ({ page }) => {
  await page.goto(`/search?${new URLSearchParams({ q: "Glenshannagh Courier" })}`);
  const titles = page.getByRole("region", { name: "Title" });
  await expect(titles.getByRole("link", { name: /Glenshannagh Courier/ })).toBeVisible();
  await titles.getByRole("link", { name: /Glenshannagh Courier/ }).click();
  await expect(page).toHaveURL(/\/publishers\/[a-z-]*glenshannagh-courier/);

  await page.goto("/search?q=council");
  await expect(page.getByTestId("result-count")).toHaveText(/^[\d,]+\+? results?$/);
  await expectNoA11yViolations(page);
});

test("a topic or title filter without words lists that topic's or title's stories", async ({ page }) => {
  await page.goto("/");
  const topicHref = await page.locator('a[href^="/topics/"]').first().getAttribute("href");
  const topic = topicHref?.split("/")[2] ?? "";
  await page.goto(`/search?topic=${topic}`);
  await expect(page.getByText("What are you looking for?")).toHaveCount(0);
  await expect(page.locator('main a[href^="/articles/"]').first()).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText(/^[\d,]+\+? results?$/);
  await expect(page.getByLabel("Topic")).toHaveValue(topic);
});

test("a reversed date range is said plainly, and searched the right way round", async ({ page }) => {
  await page.goto("/search?q=council&from=2026-11-20&to=2026-11-01");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /“From” date was after the “To” date.*1 November 2026 to 20 November 2026/,
  );
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-11-01");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-11-20");
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
    const response = await request.get(`/search?${new URLSearchParams({ q })}`);
    expect(response.status(), `q=${q.slice(0, 40)}`).toBe(200);
  }
});
