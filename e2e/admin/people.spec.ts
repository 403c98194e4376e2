import { expect, expectNoA11yViolations, signInWithPassword, test } from "../fixtures";
import { signInWithRole } from "./newsroom";

// People: an admin grants the editor role and the new editor gets into the newsroom at their next request;
// an editor cannot reach People at all.

test("an admin grants editor; the new editor gets in; an editor cannot open People", async ({
  page,
  browser,
  testHooks,
}) => {
  const person = await testHooks.createUser();
  const theirs = await (await browser.newContext()).newPage();
  await signInWithPassword(theirs, person, "/");
  expect((await theirs.goto("/admin"))?.status()).toBe(404);

  await signInWithRole(page, testHooks, "admin", "/admin/people");
  await expectNoA11yViolations(page);
  const grant = page.getByRole("form", { name: "Grant a role" });
  await grant.getByLabel("Email of their account").fill(person.email);
  await grant.getByRole("button", { name: "Grant" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `${person.email} is now an editor.` }),
  ).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Editors and admins" }).getByRole("listitem", { name: person.email }),
  ).toBeVisible();

  expect((await theirs.goto("/admin"))?.status()).toBe(200);
  expect((await theirs.goto("/admin/people"))?.status()).toBe(404);
  await page.goto("/admin/audit?type=user");
  await expect(page.getByRole("cell", { name: `${person.email}: reader → editor` })).toBeVisible();
});
