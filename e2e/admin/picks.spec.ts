import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { showAsServed, signInWithRole, uniqueWord } from "./newsroom";

// Our Picks from the editor's chair: add by search, reorder by keyboard, pin, schedule, preview, save, and
// the home page a visitor gets. The list is shared state, so these run one after another.
test.describe.configure({ mode: "serial" });

const picksOnHome = (page: Page) =>
  page.locator('section[aria-labelledby="picks-heading"] h3').allInnerTexts();

async function addBySearch(page: Page, word: string, headlines: string[]) {
  await page.getByRole("searchbox", { name: "Words in the headline or text" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  for (const headline of headlines) {
    await page.getByRole("button", { name: `Add ${headline}` }).click();
  }
}

test("add, reorder by keyboard, pin, schedule, preview, then save: live on the home page", async ({
  page,
  browser,
  testHooks,
}) => {
  const word = uniqueWord("Quillon");
  const [a, b, c] = await Promise.all(
    ["Alpha", "Bravo", "Charlie"].map((name) =>
      testHooks.createArticle({ headline: `${word} ${name} picked` }),
    ),
  );
  const editor = await signInWithRole(page, testHooks, "editor", "/admin/picks");
  await addBySearch(page, word, [a!.headline, b!.headline, c!.headline]);
  const list = page.getByRole("list", { name: "Our Picks, in order" });
  await expect(list.getByRole("listitem", { name: c!.headline })).toBeVisible();

  // Keyboard: pick Charlie up, move it one place up (above Bravo), drop it; each step is announced.
  const handle = page.getByRole("button", { name: new RegExp(`^Move ${c!.headline}`) });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "picked up" })).toContainText(c!.headline);
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("status").filter({ hasText: "moved to" })).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "dropped at" })).toBeAttached();
  const order = await list
    .getByRole("listitem")
    .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label")));
  expect(order.indexOf(c!.headline)).toBeLessThan(order.indexOf(a!.headline));

  // Pin all three; Bravo only from a day far in the future.
  for (const story of [a!, b!, c!]) {
    await list.getByRole("listitem", { name: story.headline }).getByLabel("Pin to the top").check();
  }
  await list.getByRole("listitem", { name: b!.headline }).getByLabel("Show from").fill("2099-01-01T09:00");
  await expectNoA11yViolations(page);

  // Preview: the home page with the draft, before anything is saved.
  const [preview] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "Preview the home page" }).click(),
  ]);
  await expect(preview.getByRole("heading", { name: "Preview — not saved" })).toBeVisible();
  expect((await picksOnHome(preview)).slice(0, 2)).toEqual([c!.headline, a!.headline]);
  expect(await picksOnHome(preview)).not.toContain(b!.headline);
  await preview.close();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  expect(await picksOnHome(visitor)).not.toContain(c!.headline);

  await page.getByRole("button", { name: "Save picks" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // Live for a visitor within 5 s, scheduled Bravo still hidden.
  const picksNow = async () => (await showAsServed(visitor, "/"), (await picksOnHome(visitor)).slice(0, 2));
  await expect.poll(picksNow, { timeout: 5_000 }).toEqual([c!.headline, a!.headline]);
  expect(await picksOnHome(visitor)).not.toContain(b!.headline);

  await page.goto(`/admin/audit?${new URLSearchParams({ type: "picks", actor: editor.email })}`);
  await expect(page.getByRole("cell", { name: /Saved Our Picks/ }).first()).toBeVisible();
});

test("two editors: the second save is refused with a clear message and the fresh list", async ({
  browser,
  testHooks,
}) => {
  const word = uniqueWord("Tussock");
  const story = await testHooks.createArticle({ headline: `${word} contested pick` });
  const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
  await signInWithRole(first, testHooks, "editor", "/admin/picks");
  await signInWithRole(second, testHooks, "editor", "/admin/picks");
  await second.goto("/admin/picks");

  await addBySearch(first, word, [story.headline]);
  await first.getByRole("button", { name: "Save picks" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const secondList = second.getByRole("list", { name: "Our Picks, in order" });
  await secondList
    .getByRole("button", { name: /^Remove/ })
    .first()
    .click();
  await second.getByRole("button", { name: "Save picks" }).click();
  await expect(
    second.getByRole("alert").filter({ hasText: "Another editor saved Our Picks while you were editing" }),
  ).toBeVisible();
  // The fresh state: the first editor's story is now in the second editor's list.
  await expect(secondList.getByRole("listitem", { name: story.headline })).toBeVisible();
});
