import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { e2eEnv } from "../support/env";
import { expect, test } from "../fixtures";
import { createGatedArticle, signInApi, uniqueEmail } from "./helpers";

// The leak test: the gated part of a body must not reach a reader who may not read it, in any response.
// For several articles, every reader route is fetched as a visitor and as a signed-in non-member, as HTML
// and as an RSC request (`RSC: 1`); no gated paragraph may appear. A member fetching the same article
// must see them (so the test can fail).

type Article = Awaited<ReturnType<typeof createGatedArticle>>;

function routesFor(articles: Article[], articleHtml: string): string[] {
  const linked = [...articleHtml.matchAll(/href="(\/(?:publishers|topics)\/[^"?#]+)"/g)].map(
    (m) => m[1] ?? "",
  );
  const perArticle = articles.flatMap((a) => [
    a.path,
    `${a.path}?utm=1`,
    // A word only the gated part has: search does not match it (README), and the page must not show the gated text.
    // (The searched word itself is echoed back as the query, so the checks below use other words.)
    // Each search as the shell, as its results (the JSON the shell fetches) and as the page without JavaScript.
    ...[`zanzibarhidden${a.marker}`, a.marker].flatMap((q) => {
      const query = new URLSearchParams({ q });
      return [`/search?${query}`, `/api/search?${query}`, `/search?${query}&noscript=1`];
    }),
  ]);
  return [
    "/",
    "/publishers",
    "/about",
    "/sitemap.xml",
    "/robots.txt",
    "/api/health",
    "/subscribe",
    "/account",
    "/sign-in",
    "/api/auth/session",
    ...new Set(linked),
    ...perArticle,
  ];
}

async function collect(
  context: APIRequestContext,
  routes: string[],
): Promise<Array<{ route: string; rsc: boolean; body: string }>> {
  const bodies: Array<{ route: string; rsc: boolean; body: string }> = [];
  for (const route of routes) {
    for (const rsc of [false, true]) {
      const response = await context.get(route, { headers: rsc ? { RSC: "1" } : {}, maxRedirects: 0 });
      expect(response.status(), `${route} (rsc=${rsc})`).toBeLessThan(500);
      bodies.push({ route, rsc, body: await response.text() });
    }
  }
  return bodies;
}

function expectNoSecrets(
  bodies: Array<{ route: string; rsc: boolean; body: string }>,
  articles: Article[],
  who: string,
) {
  for (const { route, rsc, body } of bodies) {
    for (const article of articles) {
      for (const secret of article.secrets) {
        expect(body.includes(secret), `${who}: gated text of ${article.slug} in ${route} (rsc=${rsc})`).toBe(
          false,
        );
      }
      // Parts of the gated paragraphs (e.g. in a search snippet) are leaks too.
      expect(
        body.includes(`quokkasecret${article.marker}`),
        `${who}: gated word in ${route} (rsc=${rsc})`,
      ).toBe(false);
      expect(
        body.includes(`marmalade${article.marker}`),
        `${who}: gated ending in ${route} (rsc=${rsc})`,
      ).toBe(false);
    }
  }
}

test("no gated paragraph reaches visitors or non-members, in HTML or RSC, on any reader route", async ({
  testHooks,
}) => {
  test.setTimeout(180_000);
  const articles = [
    await createGatedArticle(testHooks, "leaka"),
    await createGatedArticle(testHooks, "leakb"),
    await createGatedArticle(testHooks, "leakc"),
  ];
  const first = articles[0];
  if (!first) throw new Error("no article");

  const visitor = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  const firstHtml = await (await visitor.get(first.path)).text();
  expect(firstHtml).toContain(first.teaser[0] ?? "missing teaser"); // the teaser is there: we fetched the right page
  const routes = routesFor(articles, firstHtml);
  expectNoSecrets(await collect(visitor, routes), articles, "visitor");
  await visitor.dispose();

  const nonMember = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  const reader = await testHooks.createUser({ email: uniqueEmail("leak-reader") });
  await signInApi(nonMember, reader.email, reader.password);
  expectNoSecrets(await collect(nonMember, routes), articles, "non-member");
  await nonMember.dispose();

  // Ended memberships are non-members too.
  const lapsed = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  const former = await testHooks.createUser({ email: uniqueEmail("leak-lapsed") });
  await testHooks.grantMembership(former.id, {
    status: "canceled",
    currentPeriodEnd: new Date(Date.now() - 86_400_000).toISOString(),
  });
  await signInApi(lapsed, former.email, former.password);
  expectNoSecrets(
    await collect(
      lapsed,
      articles.map((a) => a.path),
    ),
    articles,
    "lapsed member",
  );
  await lapsed.dispose();

  // Control: a member gets every gated paragraph, in HTML and in the RSC payload.
  const member = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  const paying = await testHooks.createUser({ email: uniqueEmail("leak-member") });
  await testHooks.grantMembership(paying.id, { status: "active" });
  await signInApi(member, paying.email, paying.password);
  for (const rsc of [false, true]) {
    const body = await (await member.get(first.path, { headers: rsc ? { RSC: "1" } : {} })).text();
    for (const secret of first.secrets) expect(body, `member sees ${secret} (rsc=${rsc})`).toContain(secret);
  }
  await member.dispose();
});
