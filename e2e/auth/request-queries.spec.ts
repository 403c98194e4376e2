import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import type { TestHooks } from "../support/test-hooks";
import { createGatedArticle, signInApi, uniqueEmail } from "./helpers";

// What one signed-in request reads, counted on the running app (the e2e server logs every statement it
// sends; the count-queries hook counts those that carry this user's id). Whether the page is rendered for
// the member (Auth.js's session-version check, the header's user and the paywall all ask) or is the members'
// shared copy (the member gate asks, in one statement), it must take one read of the user row and one of the
// membership; the next request must read both again (sign-out-everywhere and deletion depend on it). On PGlite
// the gate keeps what it read until a write to users, memberships or sign-outs commits (a trigger tells it:
// lib/db/queries/member-gate.ts), so there the next request reads nothing until such a write, then reads again.
const gateKeepsFacts = !process.env.DATABASE_URL; // the e2e server runs on PGlite unless this is set

async function readsOf(hooks: TestHooks, userId: string): Promise<{ users: number; memberships: number }> {
  const count = async (table: string) =>
    (await hooks.call<{ count: number }>("count-queries", { table, param: userId })).count;
  return { users: await count("users"), memberships: await count("memberships") };
}

async function readArticle(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

test("a member's article request reads the user row once and the membership once, afresh after a write", async ({
  page,
  testHooks,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("queries") });
  await testHooks.grantMembership(user.id, { status: "active" });
  const article = await createGatedArticle(testHooks, "queries");
  // The member's own cookie jar (page.request shares the page's context; no browser navigation, so
  // no prefetches or assets add requests of their own).
  const member = page.request;
  await signInApi(member, user.email, user.password);

  const start = await readsOf(testHooks, user.id);
  const html = await readArticle(member, article.path);
  expect(html, "the member sees the gated body: the paywall decision ran").toContain(article.secrets[2]);
  const first = await readsOf(testHooks, user.id);
  expect(first.users - start.users).toBe(1);
  expect(first.memberships - start.memberships).toBe(1);

  // The next request: on PGlite the gate's kept facts answer it, unless a write to those tables commits in
  // between — and the other worker's tests write users and memberships all the time, which rightly makes the
  // gate forget. So on PGlite one of a few tries must read nothing; on PostgreSQL every one reads both again.
  const again: { users: number; memberships: number }[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await readsOf(testHooks, user.id);
    await readArticle(member, article.path);
    const after = await readsOf(testHooks, user.id);
    again.push({ users: after.users - before.users, memberships: after.memberships - before.memberships });
    if (gateKeepsFacts && after.users === before.users && after.memberships === before.memberships) break;
  }
  if (gateKeepsFacts) expect(again).toContainEqual({ users: 0, memberships: 0 });
  else expect(again).toEqual(Array.from({ length: 3 }, () => ({ users: 1, memberships: 1 })));

  // A write to the membership (any, here a renewal): the next request reads both again.
  await testHooks.grantMembership(user.id, { status: "active" });
  const written = await readsOf(testHooks, user.id);
  expect(await readArticle(member, article.path)).toContain(article.secrets[2]);
  const third = await readsOf(testHooks, user.id);
  expect(third.users - written.users).toBe(1);
  expect(third.memberships - written.memberships).toBe(1);
});

test("the query log counts: a request that asks nothing of the user adds nothing", async ({
  page,
  testHooks,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("quiet") });
  await signInApi(page.request, user.email, user.password);
  const before = await readsOf(testHooks, user.id);
  expect(before.users, "signing in read the row").toBeGreaterThan(0);
  expect((await page.request.get("/api/health")).status()).toBe(200);
  expect(await readsOf(testHooks, user.id)).toEqual(before);
});
