import { expect, expectNoA11yViolations, test } from "../fixtures";
import { signInWithRole } from "./newsroom";

// The newsroom's front door: visitors are sent to sign in, readers find nothing there, editors get in.

const PAGES = [
  "/admin",
  "/admin/picks",
  "/admin/front-page",
  "/admin/articles",
  "/admin/titles",
  "/admin/audit",
  "/admin/jobs",
];

test("a visitor is sent to sign in, and comes back to the newsroom page they asked for", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
  }
});

test("a reader gets a 404 on every newsroom page", async ({ page, testHooks }) => {
  await signInWithRole(page, testHooks, "reader", "/");
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Newsroom" })).toHaveCount(0);
  }
});

test("an editor gets in; every page is axe-clean and usable on a phone", async ({ page, testHooks }) => {
  test.setTimeout(180_000); // axe on five pages, on a shared two-core machine
  await signInWithRole(page, testHooks, "editor");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("navigation", { name: "Newsroom" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Front page" }),
    ).toBeVisible();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);
  }
});
