import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { signInWithRole, uniqueWord } from "./newsroom";

// The business pages: an admin reads the analytics and a month's payouts (axe on a phone and a desktop), closes
// the month through its confirmation step and downloads the CSV; an editor is refused payouts.

const monthKey = (monthsBack: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1))
    .toISOString()
    .slice(0, 7);
};
const monthLabel = (key: string) =>
  new Date(`${key}-01T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

async function expectCleanAtBothSizes(page: Page, path: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${path} at ${width}`,
    ).toBeLessThanOrEqual(width);
    await expectNoA11yViolations(page);
  }
}

test("an admin reads the analytics and payouts, closes a month and downloads its CSV", async ({
  page,
  testHooks,
}) => {
  test.setTimeout(180_000); // axe on several pages, on a shared two-core machine
  // A month no seed data reaches: three titles read by members (and a non-member, who does not count).
  const month = monthKey(3);
  const tag = uniqueWord("p");
  const names = [`The Ledger ${tag}`, `Courier, "North" ${tag}`, `The Gazette ${tag}`];
  await testHooks.call("create-payout-month", {
    month,
    netMinor: 2_003, // pool 50 % = 1001: 600.6 / 300.3 / 100.1 → 601 / 300 / 100
    titles: [
      { name: names[0], memberSeconds: 600, nonMemberSeconds: 999 },
      { name: names[1], memberSeconds: 300 },
      { name: names[2], memberSeconds: 100 },
    ],
  });
  await signInWithRole(page, testHooks, "admin");

  await expectCleanAtBothSizes(page, "/admin/analytics");
  await expectCleanAtBothSizes(page, "/admin/payouts");
  await expect(page.getByRole("heading", { level: 2 })).toContainText(monthLabel(monthKey(1))); // last month

  await expectCleanAtBothSizes(page, `/admin/payouts?month=${month}`);
  const table = page.getByRole("table", { name: `Payouts by title, ${monthLabel(month)}` });
  await expect(
    table.getByRole("row", { name: new RegExp(`^The Ledger ${tag} 600 60.00 % £6.01$`) }),
  ).toBeVisible();
  await expect(table.getByRole("row", { name: /^All titles 1,000 100.00 % £10.01$/ })).toBeVisible();

  // Closing asks first, then freezes the month.
  await page.getByRole("link", { name: `Close ${monthLabel(month)}…` }).click();
  const confirm = page.getByRole("region", { name: `Close ${monthLabel(month)}?` });
  await expect(confirm).toContainText("frozen for good");
  await expectNoA11yViolations(page);
  await confirm.getByRole("button", { name: `Yes, close ${monthLabel(month)}` }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`${monthLabel(month)} · closed`);
  await expect(page.getByText(/these figures are frozen/)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Close / })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: `Download CSV for ${monthLabel(month)}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`newsstand-payouts-${month}.csv`);
  const lines = (await readFile(await download.path(), "utf8")).split("\r\n");
  expect(lines[0]).toBe(
    "month,status,currency,publisher_id,publisher_slug,publisher_name,member_seconds,share,payout_minor,pool_minor,net_revenue_minor,pool_percent",
  );
  const rows = lines.slice(1, -1).map((line) => line.replace(/^([^,]*,){3}\d+,[^,]+,/, ""));
  expect(rows).toEqual([
    `The Ledger ${tag},600,0.600000,601,1001,2003,50`,
    `"Courier, ""North"" ${tag}",300,0.300000,300,1001,2003,50`,
    `The Gazette ${tag},100,0.100000,100,1001,2003,50`,
  ]);
  expect(lines.slice(1, -1).every((line) => line.startsWith(`${month},closed,gbp,`))).toBe(true);

  for (const bad of ["?month=2026-13", "?month=abc", ""]) {
    const response = await page.request.get(`/admin/payouts.csv${bad}`);
    expect(response.status(), bad).toBe(400);
    expect(await response.text()).toMatch(/^Bad month: .*2026-03/);
  }
});

test("an editor is refused payouts and its CSV", async ({ page, testHooks }) => {
  await signInWithRole(page, testHooks, "editor");
  await expect(page.getByRole("link", { name: "Payouts" })).toHaveCount(0);
  expect((await page.goto("/admin/payouts"))?.status()).toBe(404);
  const csv = await page.request.get(`/admin/payouts.csv?month=${monthKey(1)}`, { maxRedirects: 0 });
  expect(csv.status()).toBe(404);
});

test("a visitor is sent to sign in for payouts and its CSV", async ({ page }) => {
  for (const path of ["/admin/payouts", `/admin/payouts.csv?month=${monthKey(1)}`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fpayouts/);
  }
});
