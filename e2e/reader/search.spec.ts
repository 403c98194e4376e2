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
    const response = await request.get(`/search?${new URLSearchParams({ q })}`);
    expect(response.status(), `q=${q.slice(0, 40)}`).toBe(200);
  }
});
