import type { Browser, Page } from "@playwright/test";
import { signInWithPassword } from "../fixtures";
import type { TestHooks } from "../support/test-hooks";

// Helpers for the newsroom specs: people of each role, signed in through the real form.

export async function signInWithRole(
  page: Page,
  testHooks: TestHooks,
  role: "reader" | "editor" | "admin",
  callbackUrl = "/admin",
) {
  const user = await testHooks.createUser({ role });
  await signInWithPassword(page, user, callbackUrl);
  return user;
}

/** A word no seeded story contains, so a search finds exactly the stories a test made. */
export function uniqueWord(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}

/** Two editors, each in a browser context of their own (axe needs one), signed in and on `path`. */
export async function twoEditors(
  browser: Browser,
  testHooks: TestHooks,
  path: string,
): Promise<[Page, Page]> {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInWithRole(first, testHooks, "editor", path);
  await signInWithRole(second, testHooks, "editor", path);
  return [first, second];
}

/**
 * Puts `path` as the server answers it (HTML alone) into `page`, for a freshness check ("live within 5 s"): the
 * page as served is what is timed, not its styles, scripts and dozens of images (on a busy CI machine those
 * held the browser's load event for over 4 s, so a 5 s poll timed the machine). Its relative asset addresses
 * go nowhere from a blank page, so nothing else is fetched.
 */
export async function showAsServed(page: Page, path: string): Promise<void> {
  const response = await page.request.get(path);
  await page.setContent(await response.text(), { waitUntil: "domcontentloaded" });
}
