import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { createGatedArticle, signInApi } from "../auth/helpers";
import { e2eEnv } from "../support/env";
import type { TestHooks } from "../support/test-hooks";
import { expect, test } from "../fixtures";

// The members' shared page copy (lib/content/page-cache.ts, gate: lib/auth/member-gate.ts): one copy of an
// article or the home page for every member who may read, body included, the reader's own parts fetched after.
// The copy must reach only such members, hold nothing of any one of them, and the page must still be theirs.

const html: Record<string, string> = { accept: "text/html" };
const rsc: Record<string, string> = { RSC: "1" };
const prefetch: Record<string, string> = { RSC: "1", "Next-Router-Prefetch": "1" };
const DAY_MS = 86_400_000;

async function signedIn(hooks: TestHooks, membership: Parameters<TestHooks["grantMembership"]>[1] | null) {
  const name = `Reader ${Math.random().toString(36).slice(2, 8)}`;
  const user = await hooks.createUser({ name });
  if (membership) await hooks.grantMembership(user.id, membership);
  const context = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  await signInApi(context, user.email, user.password);
  return { user, name, context };
}

test("members share one copy of an article, with nothing of either in it; no one else ever gets it", async ({
  request,
  testHooks,
}) => {
  const article = await createGatedArticle(testHooks, "membercopy");
  const first = await signedIn(testHooks, { status: "active", plan: "monthly" });
  const second = await signedIn(testHooks, { status: "trialing" });
  const stranger = await signedIn(testHooks, null);
  const lapsed = await signedIn(testHooks, {
    status: "canceled",
    currentPeriodEnd: new Date(Date.now() - 2 * DAY_MS).toISOString(),
  });
  const contexts: APIRequestContext[] = [first, second, stranger, lapsed].map((who) => who.context);
  try {
    const pages = [];
    for (const who of [first, second, first]) {
      const response = await who.context.get(article.path, { headers: html });
      expect(response.status()).toBe(200);
      // Never kept by a browser's or a shared cache: the next request must pass the gate again.
      expect(response.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);
      pages.push({ cache: response.headers()["x-page-cache"], body: await response.text() });
    }
    // Served by the page cache each time ("hit", or "miss" when a purge from a test running beside this one
    // emptied it); a hit is the same bytes for both members apart from each response's own nonce.
    for (const { cache } of pages) expect(cache).toMatch(/^(hit|miss|stale)$/);
    const withoutNonce = (body: string) => {
      const nonce = /nonce="([^"]+)"/.exec(body)?.[1] ?? "none";
      return body.replaceAll(nonce, "N");
    };
    if (pages[1]?.cache === "hit")
      expect(withoutNonce(pages[1].body)).toBe(withoutNonce(pages[0]?.body ?? ""));
    for (const { body } of pages) {
      for (const secret of article.secrets) expect(body).toContain(secret);
      // Rendered for no one: neither member's name or address is in the shared copy.
      for (const who of [first, second]) {
        expect(body).not.toContain(who.name);
        expect(body).not.toContain(who.user.email);
      }
    }

    // Title and search pages have members' copies too, with nothing of the member in them.
    for (const path of [`/publishers/${article.publisherSlug}`, `/search?q=${article.marker}&noscript=1`]) {
      const response = await first.context.get(path, { headers: html });
      expect(response.headers()["x-page-cache"], path).toMatch(/^(hit|miss|stale)$/);
      const body = await response.text();
      expect(body, path).toContain(`Headline about ${article.marker}`);
      expect(body, path).not.toContain(first.name);
    }

    // A member's RSC and prefetch requests are rendered for them by Next, never answered from the copy.
    for (const headers of [rsc, prefetch]) {
      const response = await first.context.get(article.path, { headers });
      expect(response.headers()["x-page-cache"]).toBeUndefined();
    }

    // Visitors, signed-in readers without a membership and lapsed members: the teaser, never the copy.
    for (const [who, client] of [
      ["visitor", request],
      ["non-member", stranger.context],
      ["lapsed", lapsed.context],
    ] as const) {
      for (const headers of [html, rsc, prefetch]) {
        const body = await (await client.get(article.path, { headers })).text();
        for (const secret of article.secrets) expect(body, who).not.toContain(secret);
      }
    }
    // Asking for the shared render's mode, or the page cache's render, from outside changes nothing.
    for (const headers of [
      { ...html, "x-newsstand-shared-member": "1" },
      { ...html, "x-newsstand-page-render": "guess.member", "x-newsstand-shared-member": "1" },
      { ...rsc, "x-newsstand-shared-member": "1" },
    ]) {
      const body = await (await request.get(article.path, { headers })).text();
      for (const secret of article.secrets) expect(body).not.toContain(secret);
    }
    // A forged session cookie is a visitor.
    const forged = await request.get(article.path, {
      headers: { ...html, cookie: "authjs.session-token=forged.not-a.token" },
    });
    for (const secret of article.secrets) expect(await forged.text()).not.toContain(secret);

    // Signed out: the old cookie no longer opens the copy.
    const cookies = await first.context.storageState();
    await first.context.post("/api/auth/signout", {
      form: {
        csrfToken: ((await (await first.context.get("/api/auth/csrf")).json()) as { csrfToken: string })
          .csrfToken,
      },
      maxRedirects: 0,
    });
    const replay = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl, storageState: cookies });
    contexts.push(replay);
    const stale = await replay.get(article.path, { headers: html });
    expect(stale.headers()["x-page-cache"] ?? "none").not.toMatch(/^(hit|stale)$/);
    for (const secret of article.secrets) expect(await stale.text()).not.toContain(secret);
  } finally {
    for (const context of contexts) await context.dispose();
  }
});

test("on the shared copy the page is still the member's: name, notice, saved, follows, reading time", async ({
  page,
  testHooks,
  signInAs,
}) => {
  const article = await createGatedArticle(testHooks, "membercopybrowser");
  const name = `Copy Reader ${Math.random().toString(36).slice(2, 6)}`;
  const user = await testHooks.createUser({ name });
  // Past due, in its grace days: the article must say "update your card", which only the reader's parts know.
  await testHooks.grantMembership(user.id, { status: "past_due", plan: "monthly" });
  await signInAs(page, user, "/");

  const response = await page.goto(article.path);
  expect(response?.headers()["x-page-cache"]).toMatch(/^(hit|miss|stale)$/);
  for (const secret of article.secrets) await expect(page.getByText(secret)).toBeVisible();
  await expect(page.getByRole("banner").getByText(name)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "update your card" })).toBeVisible();

  // Save from the copy; the next copy (the same bytes for everyone) shows it saved, from the reader's parts.
  const headline = `Headline about ${article.marker}`;
  const saveButton = (word: string) =>
    page.getByRole("button", { name: new RegExp(`^${word} : ${headline}$`) });
  await saveButton("Save").first().click();
  await expect(saveButton("Saved").first()).toBeVisible();
  const again = await page.goto(article.path);
  expect(again?.headers()["x-page-cache"]).toMatch(/^(hit|miss|stale)$/);
  await expect(saveButton("Saved").first()).toBeVisible();

  // Follow buttons come in with the reader's state, and one click follows; the next copy knows it.
  const follows = page.getByRole("list", { name: "Follow or mute" });
  await follows
    .getByRole("button", { name: /^Follow\b/ })
    .first()
    .click();
  await expect(follows.getByRole("button", { name: /^Following/ }).first()).toBeVisible();
  expect((await page.goto(article.path))?.headers()["x-page-cache"]).toMatch(/^(hit|miss|stale)$/);
  await expect(follows.getByRole("button", { name: /^Following/ }).first()).toBeVisible();

  // A reader who mutes still gets the copy; their browser hides what they muted, with the notice, and "show"
  // brings it back in place. Muting the story's title hides the story from its topic's page.
  const topicPath = await page.locator(`#story a[href^="/topics/"]`).first().getAttribute("href");
  await follows
    .getByRole("button", { name: /^Mute\b/ })
    .first()
    .click();
  await expect(follows.getByRole("button", { name: /^Muted/ }).first()).toBeVisible();
  expect((await page.goto(article.path))?.headers()["x-page-cache"]).toMatch(/^(hit|miss|stale)$/);
  await expect(follows.getByRole("button", { name: /^Muted/ }).first()).toBeVisible();
  expect((await page.goto(topicPath ?? "/topics"))?.headers()["x-page-cache"]).toMatch(/^(hit|miss|stale)$/);
  const story = page.getByRole("main").getByRole("link", { name: headline });
  const notice = page.getByText(/^\d+ stor(y|ies) hidden because you muted /);
  await expect(notice).toBeVisible();
  await expect(story).toBeHidden();
  await notice.click();
  await expect(story).toBeVisible();

  // The story went into their history (the reader's parts asked for its view token).
  await page.goto("/history");
  await expect(page.getByRole("link", { name: `Headline about ${article.marker}` })).toBeVisible();
});

test("the reader's parts answer only their reader, and bad questions get a clear 4xx", async ({
  request,
}) => {
  const json = { "content-type": "application/json" };
  const cases: [string, Record<string, string>, string, number][] = [
    ["signed out", json, "{}", 401],
    ["not JSON", json, "{", 400],
    ["wrong shape", json, '{"home":"yes"}', 400],
    ["too large", json, JSON.stringify({ article: "x".repeat(5000) }), 413],
    ["a form post", { "content-type": "application/x-www-form-urlencoded" }, "home=1", 415],
  ];
  for (const [name, headers, data, status] of cases) {
    const response = await request.post("/api/me", { headers, data });
    expect(response.status(), name).toBe(status);
    expect(response.headers()["cache-control"], name).toContain("no-store");
    expect(((await response.json()) as { error?: string }).error, name).toBeTruthy();
  }
});
