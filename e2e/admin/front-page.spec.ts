import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { showAsServed, signInWithRole, twoEditors, uniqueWord } from "./newsroom";

// The front page from the editor's chair (issue #13, point 3): reorder and hide topic rails by keyboard, a lead
// story chosen by hand and automatic ones, preview, save, and the home page a visitor gets; then a stale save.
// The layout is shared state: these run one after another, and the second puts the default layout back.
test.describe.configure({ mode: "serial" });

const leadsOnHome = (page: Page) =>
  page.locator('section[aria-labelledby="top-heading"] article :is(h2, h3, h4)').allInnerTexts();
const railsOnHome = (page: Page) =>
  page.locator('section[aria-labelledby^="topic-"] h2.section-title').allInnerTexts();
const railNames = (page: Page) =>
  page
    .getByRole("list", { name: "Topic rails, in order" })
    .getByRole("listitem")
    .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
const slot = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

let moved = "";
let hidden = "";

test("reorder rails by keyboard, hide one, a hand-picked lead and automatic ones: live on the home page", async ({
  page,
  browser,
  testHooks,
}) => {
  const word = uniqueWord("Lodestar");
  // The hand-picked lead is the second newest story: an automatic "newest" slot must skip it, not repeat it.
  // Both are dated a few minutes ahead, so stories other specs create meanwhile (two workers) are older.
  const ahead = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const lead = await testHooks.createArticle({
    headline: `${word} leads the front page`,
    publishedAt: ahead(4),
  });
  const newest = await testHooks.createArticle({
    headline: `${word} is the newest story`,
    publishedAt: ahead(5),
  });
  const editor = await signInWithRole(page, testHooks, "editor", "/admin/front-page");
  await expect(page.getByRole("heading", { name: "Front page", level: 1 })).toBeVisible();

  const [first, second, third] = await railNames(page);
  moved = second!;
  hidden = third!;
  const handle = page.getByRole("button", { name: new RegExp(`^Move ${moved},`) });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "picked up" })).toContainText(moved);
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("status").filter({ hasText: "moved to position 1" })).toContainText(moved);
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "dropped at position 1" })).toBeAttached();
  await expect(handle).toBeFocused();
  expect((await railNames(page)).slice(0, 2)).toEqual([moved, first]);
  await page.getByRole("checkbox", { name: `Show the ${hidden} rail` }).uncheck();

  // Slot 1 by hand, through the search; slots 2 and 3 automatic: newest.
  await page.getByRole("button", { name: "Find a story for slot 1 (the lead)" }).click();
  await expect(page.getByRole("searchbox", { name: "Words in the headline or text" })).toBeFocused();
  await page.keyboard.type(word);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: `Use ${lead.headline}` }).click();
  await expect(slot(page, "Slot 1 (the lead)").getByRole("radio", { name: /^By hand:/ })).toBeChecked();
  await expect(page.getByRole("button", { name: `Leading ${lead.headline}` })).toBeDisabled();
  for (const name of ["Slot 2", "Slot 3"]) {
    await slot(page, name).getByRole("radio", { name: "Automatic: newest" }).check();
  }
  await expectNoA11yViolations(page);

  // Preview: the home page with the unsaved layout.
  const [preview] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "Preview the home page" }).click(),
  ]);
  await expect(preview.getByRole("heading", { name: "Preview — not saved" })).toBeVisible();
  expect((await leadsOnHome(preview)).slice(0, 2)).toEqual([lead.headline, newest.headline]);
  await preview.close();

  await page.getByRole("button", { name: "Save front page" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // A visitor's home page follows within 5 s: the lead by hand, the newest story next, the lead only once.
  const visitor = await (await browser.newContext()).newPage();
  const leadsNow = async () => (await showAsServed(visitor, "/"), (await leadsOnHome(visitor)).slice(0, 2));
  await expect.poll(leadsNow, { timeout: 5_000 }).toEqual([lead.headline, newest.headline]);
  const leads = await leadsOnHome(visitor);
  expect(leads.filter((h) => h === lead.headline)).toHaveLength(1);
  expect(new Set(leads).size).toBe(leads.length);
  const rails = await railsOnHome(visitor);
  expect(rails.indexOf(moved)).toBeLessThan(rails.indexOf(first!));
  expect(rails).not.toContain(hidden);

  // A member's home page follows the same layout.
  const member = await (await browser.newContext()).newPage();
  const reader = await signInWithRole(member, testHooks, "reader", "/");
  await testHooks.grantMembership(reader.id, { status: "active" });
  await member.goto("/");
  expect((await leadsOnHome(member)).slice(0, 2)).toEqual([lead.headline, newest.headline]);
  expect(await railsOnHome(member)).not.toContain(hidden);

  await page.goto(`/admin/audit?${new URLSearchParams({ type: "front-page", actor: editor.email })}`);
  await expect(page.getByRole("cell", { name: /Saved the front page/ }).first()).toBeVisible();
});

test("two editors: the second save is refused with a clear message and the fresh layout", async ({
  browser,
  testHooks,
}) => {
  const [first, second] = await twoEditors(browser, testHooks, "/admin/front-page");
  // Narrow, as on a phone: the editor still fits without sideways scrolling.
  await second.setViewportSize({ width: 390, height: 800 });

  // The first editor puts the default layout back: the moved rail down again, the hidden one shown, all automatic.
  const handle = first.getByRole("button", { name: new RegExp(`^Move ${moved},`) });
  await handle.focus();
  await first.keyboard.press("Space");
  await first.keyboard.press("ArrowDown");
  await first.keyboard.press("Space");
  await first.getByRole("checkbox", { name: `Show the ${hidden} rail` }).check();
  for (const name of ["Slot 1 (the lead)", "Slot 2", "Slot 3"]) {
    await slot(first, name).getByRole("radio", { name: "Automatic: most read" }).check();
  }
  await first.getByRole("button", { name: "Save front page" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The second editor, still on the layout from before, changes a slot and saves: refused.
  await expect(second.getByRole("checkbox", { name: `Show the ${hidden} rail` })).not.toBeChecked();
  expect(await second.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await slot(second, "Slot 5").getByRole("radio", { name: "Automatic: newest" }).check();
  await second.getByRole("button", { name: "Save front page" }).click();
  await expect(
    second
      .getByRole("alert")
      .filter({ hasText: "Another editor saved the front page while you were editing" }),
  ).toBeVisible();
  // The fresh state: the first editor's layout, the second editor's change gone.
  await expect(second.getByRole("checkbox", { name: `Show the ${hidden} rail` })).toBeChecked();
  await expect(
    slot(second, "Slot 1 (the lead)").getByRole("radio", { name: "Automatic: most read" }),
  ).toBeChecked();
  await expect(slot(second, "Slot 5").getByRole("radio", { name: "Automatic: most read" })).toBeChecked();
  await expectNoA11yViolations(second);
});
