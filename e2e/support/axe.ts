import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  // After a client-side navigation (a server action's redirect) the new page's <title> lands a moment after
  // its content; wait briefly for it so axe judges the settled page. A page with no title still fails below.
  await page
    .waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
