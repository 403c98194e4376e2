import { request as playwrightRequest } from "@playwright/test";
import { createGatedArticle, signInApi } from "../auth/helpers";
import { e2eEnv } from "../support/env";
import { expect, test } from "../fixtures";

// Visitors without a session get a rendered page from the page cache (lib/content/page-cache.ts):
// it must still carry a fresh nonce per response, and must never serve a member's page or body.

const html = { accept: "text/html" };

function nonceOf(csp: string): string {
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "missing";
}

test("a visitor's repeated request is the same page with a fresh nonce that every script carries", async ({
  request,
  testHooks,
}) => {
  const article = await createGatedArticle(testHooks, "pagecache");
  const first = await request.get(article.path, { headers: html });
  const second = await request.get(article.path, { headers: html });
  expect(first.status()).toBe(200);
  expect(second.status()).toBe(200);
  expect(first.headers()["x-page-cache"]).toBe("miss");
  expect(second.headers()["x-page-cache"]).toBe("hit");
  const nonceA = nonceOf(first.headers()["content-security-policy"] ?? "");
  const nonceB = nonceOf(second.headers()["content-security-policy"] ?? "");
  expect(nonceA).not.toBe(nonceB);
  const [bodyA, bodyB] = [await first.text(), await second.text()];
  for (const [body, nonce] of [
    [bodyA, nonceA],
    [bodyB, nonceB],
  ] as const) {
    const nonces = new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
    expect([...nonces]).toEqual([nonce]);
    expect(body).toContain(article.teaser[0]);
    for (const secret of article.secrets) expect(body).not.toContain(secret);
  }
  expect(bodyB.replaceAll(nonceB, "N")).toBe(bodyA.replaceAll(nonceA, "N"));
  // No header carries another nonce than the response's own (Next's Link preload, when it sends one, would
  // otherwise carry the render's placeholder; lib/content/page-cache-store.test.ts checks that case).
  for (const [response, nonce] of [
    [first, nonceA],
    [second, nonceB],
  ] as const) {
    const headerNonces = Object.values(response.headers()).flatMap((value) =>
      [...value.matchAll(/nonce="([^"]+)"|'nonce-([^']+)'/g)].map((m) => m[1] ?? m[2]),
    );
    expect([...new Set(headerNonces)]).toEqual([nonce]);
  }
  // HEAD gets the same page's headers from the cache, and no body.
  const head = await request.head(article.path, { headers: html });
  expect(head.status()).toBe(200);
  expect(head.headers()["x-page-cache"]).toBe("hit");
  expect(await head.body()).toHaveLength(0);
});

test("a member never gets the visitors' cached page, and a visitor never gets the member's", async ({
  request,
  testHooks,
}) => {
  const article = await createGatedArticle(testHooks, "pagecachemember");
  const warm = await request.get(article.path, { headers: html }); // fills the cache with the teaser page
  expect(await warm.text()).not.toContain(article.secrets[0]);

  const user = await testHooks.createUser();
  await testHooks.grantMembership(user.id, { status: "active", plan: "monthly" });
  const member = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  try {
    await signInApi(member, user.email, user.password);
    const page = await (await member.get(article.path, { headers: html })).text();
    for (const secret of article.secrets) expect(page).toContain(secret);
  } finally {
    await member.dispose();
  }
  const after = await request.get(article.path, { headers: html });
  expect(after.headers()["x-page-cache"]).toBe("hit");
  for (const secret of article.secrets) expect(await after.text()).not.toContain(secret);
});

test("a search is cached under its canonical URL, so respelling it is a hit with the same results", async ({
  request,
  testHooks,
}) => {
  const article = await createGatedArticle(testHooks, "pagecachesearch");
  const word = article.marker;
  // Every search with JavaScript is the one shell: a second search is a hit on the first's page.
  await request.get(`/search?q=${encodeURIComponent(`${word}shell`)}`, { headers: html });
  const shell = await request.get(`/search?q=${encodeURIComponent(word)}`, { headers: html });
  expect(shell.headers()["x-page-cache"]).toBe("hit");
  expect(await shell.text()).not.toContain(article.path);

  // Its results (GET /api/search) and the page without JavaScript are kept per search, whatever the spelling.
  for (const [path, extra, header] of [
    ["/api/search", "", "x-search-cache"],
    ["/search", "&noscript=1", "x-page-cache"],
  ] as const) {
    const first = await request.get(`${path}?q=${encodeURIComponent(word)}&topic=${extra}`, {
      headers: html,
    });
    const respelled = await request.get(
      `${path}?utm_source=mail&q=${encodeURIComponent(`  ${word} `)}${extra}`,
      { headers: html },
    );
    expect(first.status(), path).toBe(200);
    expect(first.headers()[header], path).toBe("miss");
    expect(respelled.headers()[header], path).toBe("hit");
    const [bodyA, bodyB] = [await first.text(), await respelled.text()];
    expect(bodyA, path).toContain(path === "/search" ? article.path : article.slug);
    const strip = (body: string, csp: string) => body.replaceAll(nonceOf(csp), "N");
    expect(strip(bodyB, respelled.headers()["content-security-policy"] ?? ""), path).toBe(
      strip(bodyA, first.headers()["content-security-policy"] ?? ""),
    );
    const other = await request.get(`${path}?q=${encodeURIComponent(word)}&page=2${extra}`, {
      headers: html,
    });
    expect(other.headers()[header], path).toBe("miss");
  }
});
