import sharp from "sharp";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { signInWithRole, twoEditors, uniqueWord } from "./newsroom";

// A new title with a logo: the upload is checked (an SVG with a script is refused with words, nothing is
// created), re-encoded and served by the site, and the title shows on /publishers at once.

test("create a title with a logo; it shows on /publishers; an SVG logo is refused", async ({
  page,
  request,
  testHooks,
}) => {
  const name = `The ${uniqueWord("Gullhaven")} Courier`;
  const slug = name.toLowerCase().replaceAll(" ", "-");
  await signInWithRole(page, testHooks, "editor", "/admin/titles/new");
  const form = page.getByRole("form", { name: "Create a title" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Address (slug)").fill(slug);
  await form.getByLabel("Country (two letters)").fill("GB");
  await form.getByLabel("Language (e.g. en)").fill("en");
  await form.getByLabel("Description").fill("A fictional harbour-town daily.");
  await expectNoA11yViolations(page);

  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
  await form
    .getByLabel(/^Logo/)
    .setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await form.getByRole("button", { name: "Create title" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "SVG logos are not accepted" })).toBeVisible();
  expect(await (await request.get("/publishers")).text()).not.toContain(name);

  const png = await sharp({ create: { width: 600, height: 200, channels: 3, background: "#124" } })
    .png()
    .toBuffer();
  await form.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await form.getByRole("button", { name: "Create title" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created." })).toBeVisible();
  const logoSrc = await page.getByRole("img", { name: `Current logo of ${name}` }).getAttribute("src");
  expect(logoSrc).toMatch(/^\/media\/[a-f0-9]{40}\.webp$/);
  const logo = await request.get(logoSrc!);
  expect(logo.status()).toBe(200);
  expect(logo.headers()["content-type"]).toBe("image/webp");

  await expect
    .poll(async () => (await request.get("/publishers")).text(), { timeout: 5_000 })
    .toContain(name);
  const titlePage = await request.get(`/publishers/${slug}`);
  expect(titlePage.status()).toBe(200);
  // The title page shows the stored logo (through the image optimiser, so URL-encoded).
  expect(await titlePage.text()).toContain(encodeURIComponent(logoSrc!));
});

test("two editors edit the same title: the second is refused with a clear message and the fresh title", async ({
  browser,
  testHooks,
}) => {
  const [first, second] = await twoEditors(browser, testHooks, "/admin/titles/new");
  const titleName = `The ${uniqueWord("Saltmarsh")} Echo`;
  const create = first.getByRole("form", { name: "Create a title" });
  await create.getByLabel("Name").fill(titleName);
  await create.getByLabel("Address (slug)").fill(titleName.toLowerCase().replaceAll(" ", "-"));
  await create.getByLabel("Country (two letters)").fill("IE");
  await create.getByLabel("Language (e.g. en)").fill("en");
  await create.getByRole("button", { name: "Create title" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Created." })).toBeVisible();
  await second.goto(first.url().replace("?created=1", ""));
  await expect(second.getByRole("heading", { name: titleName, level: 1 })).toBeVisible();

  const renamed = `${titleName} Weekly`;
  await first.getByRole("form", { name: "Edit the title" }).getByLabel("Name").fill(renamed);
  await first.getByRole("button", { name: "Save title" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const form = second.getByRole("form", { name: "Edit the title" });
  await form.getByLabel("Description").fill("Written over an older version.");
  await second.getByRole("button", { name: "Save title" }).click();
  await expect(
    second.getByRole("alert").filter({ hasText: "Another editor changed this title since you opened it" }),
  ).toBeVisible();
  // The fresh state: the first editor's name, the second editor's description not saved.
  await expect(form.getByLabel("Name")).toHaveValue(renamed);
  await expect(form.getByLabel("Description")).not.toHaveValue("Written over an older version.");
  await expectNoA11yViolations(second);
});
