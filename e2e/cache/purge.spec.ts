import { createGatedArticle } from "../auth/helpers";
import { expect } from "../fixtures";
import { test } from "./member";

// purgeContent (lib/content/purge.ts) by tag: an editor's change shows on every page that shows the article,
// for visitors (page cache + Next's cache) and members (Next's cache), within 5 s. The test hook makes the
// change in the database and purges exactly as the newsroom does.

const html = { accept: "text/html" };

/** The article's topic and title pages, from the links in its header. */
function listPagesOf(page: string): string[] {
  const articleHtml = page.slice(page.indexOf("<article")); // after the site's own topic links
  const topic = /href="(\/topics\/[a-z0-9-]+)"/.exec(articleHtml)?.[1];
  const publisher = /href="(\/publishers\/[a-z0-9-]+)"/.exec(articleHtml)?.[1];
  expect(topic && publisher, "the article links to its topic and title").toBeTruthy();
  return [topic ?? "", publisher ?? ""];
}
const WITHIN = { timeout: 5_000, intervals: [100, 250, 500] };

test("a new headline shows on the article, its topic and its title's page within 5 s", async ({
  request,
  testHooks,
}) => {
  const article = await createGatedArticle(testHooks, "purgeheadline");
  const pages = [
    article.path,
    ...listPagesOf(await (await request.get(article.path, { headers: html })).text()),
  ];
  // Warm every layer with the old headline first.
  for (const path of pages) await request.get(path, { headers: html });
  expect(await (await request.get(article.path, { headers: html })).text()).toContain(article.headline);

  const renamed = `Renamed ${article.marker} after a correction`;
  await testHooks.updateArticle(article.id, { headline: renamed });
  for (const path of pages) {
    await expect
      .poll(async () => (await request.get(path, { headers: html })).text(), WITHIN)
      .toContain(renamed);
  }
});

test("a taken-down article is gone for visitors and members within 5 s, and its body with it", async ({
  request,
  testHooks,
  member,
}) => {
  const article = await createGatedArticle(testHooks, "purgetakedown");
  expect(await (await member.get(article.path)).text()).toContain(article.secrets[0]); // body cached
  const articlePage = await request.get(article.path, { headers: html }); // page cached
  expect(articlePage.status()).toBe(200);
  const [topicPath = "/"] = listPagesOf(await articlePage.text());
  expect(await (await request.get(topicPath, { headers: html })).text()).toContain(article.path);

  await testHooks.updateArticle(article.id, { status: "withdrawn" });
  await expect
    .poll(async () => (await request.get(article.path, { headers: html })).status(), WITHIN)
    .toBe(404);
  await expect.poll(async () => (await member.get(article.path)).status(), WITHIN).toBe(404);
  await expect
    .poll(async () => (await request.get(topicPath, { headers: html })).text(), WITHIN)
    .not.toContain(article.path);
});

test("a member sees an edited body within 5 s; a visitor still gets only the teaser", async ({
  request,
  testHooks,
  member,
}) => {
  const article = await createGatedArticle(testHooks, "purgebody");
  expect(await (await member.get(article.path)).text()).toContain(article.secrets[0]);
  const corrected = `<p>${article.teaser[0]}</p><p>Corrected paragraph walrusfact${article.marker}.</p>`;
  await testHooks.updateArticle(article.id, { bodyHtml: corrected });
  await expect
    .poll(async () => (await member.get(article.path)).text(), WITHIN)
    .toContain(`walrusfact${article.marker}`);
  const visitor = await (await request.get(article.path, { headers: html })).text();
  expect(visitor).not.toContain(`walrusfact${article.marker}`);
  for (const secret of article.secrets) expect(visitor).not.toContain(secret);
});
