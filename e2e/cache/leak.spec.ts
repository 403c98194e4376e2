import { request as playwrightRequest } from "@playwright/test";
import { createGatedArticle, signInApi } from "../auth/helpers";
import { e2eEnv } from "../support/env";
import { expect } from "../fixtures";
import { test } from "./member";

// One leak test per cache layer this design added: a member reads the whole article first, so the body is in
// Next's `"use cache"` store (and the member's render happened), then a visitor and a signed-in non-member ask
// for it every way a browser can. Nothing gated may come back. (Redis: two-instances.spec.ts.)

const variants: Record<string, Record<string, string>> = {
  html: { accept: "text/html" },
  rsc: { RSC: "1" },
  prefetch: { RSC: "1", "Next-Router-Prefetch": "1" },
};

test("a body a member has read is never served to a visitor or a non-member from any cache", async ({
  request,
  testHooks,
  member,
}) => {
  const article = await createGatedArticle(testHooks, "cacheleak");
  const stranger = await testHooks.createUser(); // signed in, no membership
  const nonMember = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  try {
    await signInApi(nonMember, stranger.email, stranger.password);
    for (let round = 0; round < 2; round += 1) {
      const full = await (await member.get(article.path)).text();
      for (const secret of article.secrets) expect(full).toContain(secret);
      for (const [name, headers] of Object.entries(variants)) {
        for (const [who, client] of [
          ["visitor", request],
          ["non-member", nonMember],
        ] as const) {
          const response = await client.get(article.path, { headers });
          expect(response.status(), `${who} ${name}`).toBe(200);
          const body = await response.text();
          // A prefetch may carry only the route tree; the page and its RSC carry the teaser.
          if (name !== "prefetch") expect(body, `${who} ${name}`).toContain(article.teaser[0]);
          for (const secret of article.secrets) expect(body, `${who} ${name}`).not.toContain(secret);
        }
      }
      // Search matches what visitors may see; a gated word must not surface a snippet of the body.
      // Its results are kept per search (GET /api/search) and so are the pages without JavaScript: neither may.
      const query = `q=quokkasecret${article.marker}`;
      for (const path of [`/api/search?${query}`, `/search?${query}&noscript=1`]) {
        for (let asked = 0; asked < 2; asked++) {
          const search = await (await request.get(path)).text();
          for (const secret of article.secrets) expect(search, path).not.toContain(secret);
        }
      }
    }
  } finally {
    await nonMember.dispose();
  }
});
