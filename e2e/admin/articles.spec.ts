import { expect, expectNoA11yViolations, test } from "../fixtures";
import { signInWithRole, uniqueWord } from "./newsroom";
import { SearchPage } from "../pages/search";

// Moderating a story: find it, fix its headline (with history), take it down (410, gone from search and the
// sitemap) and restore it.

test("find, edit, take down → 410 and gone from search and sitemap, then restore", async ({
  page,
  browser,
  request,
  testHooks,
}) => {
  test.setTimeout(150_000); // many page loads and two polls, on a shared two-core machine
  const word = uniqueWord("Marrowbone");
  const story = await testHooks.createArticle({ headline: `${word} harbour wall repaired` });
  const visitor = await (await browser.newContext()).newPage();
  await new SearchPage(visitor).goto({ q: word });
  await expect(visitor.getByRole("link", { name: story.headline })).toBeVisible();

  await signInWithRole(page, testHooks, "editor", "/admin/articles");
  await page.getByRole("searchbox", { name: "Words in the headline or text" }).fill(word);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: story.headline }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.headline);
  await expectNoA11yViolations(page);

  // An empty headline is refused on the server with a message beside the field; nothing changes.
  await page.getByLabel("Headline").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("A headline is needed.")).toBeVisible();

  const corrected = `${word} harbour wall repaired at last`;
  await page.getByLabel("Headline").fill(corrected);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Changes to this story, newest first" })).toContainText(
    `Edited “${story.headline}”`,
  );
  await expect
    .poll(
      async () => (
        await visitor.goto(`/articles/${story.slug}`),
        visitor.getByRole("heading", { level: 1 }).innerText()
      ),
    )
    .toBe(corrected);

  await page.getByRole("button", { name: "Take the story down" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Taken down." })).toBeVisible();
  await expect
    .poll(async () => (await request.get(`/articles/${story.slug}`)).status(), { timeout: 5_000 })
    .toBe(410);
  const gone = await visitor.goto(`/articles/${story.slug}`);
  expect(gone?.status()).toBe(410);
  await expect(visitor.getByRole("heading", { name: "This story has been removed" })).toBeVisible();
  await expectNoA11yViolations(visitor);
  await new SearchPage(visitor).goto({ q: word });
  await expect(visitor.getByRole("link", { name: corrected })).toHaveCount(0);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain(story.slug);

  await page.getByRole("button", { name: "Restore the story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
  await expect
    .poll(async () => (await request.get(`/articles/${story.slug}`)).status(), { timeout: 5_000 })
    .toBe(200);
  await new SearchPage(visitor).goto({ q: word });
  await expect(visitor.getByRole("link", { name: corrected })).toBeVisible();
});
