import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { createGatedArticle } from "../auth/helpers";
import { e2eEnv } from "../support/env";
import type { ScratchDatabase } from "../../lib/db/scratch";
import { createDatabase, REDIS_URL, startInstance, stopInstance, type Instance } from "../support/instances";
import { createTestHooks } from "../support/test-hooks";
import { expect, test } from "../fixtures";
import { signedInMember } from "./member";

// Two `next start` instances of one build on one PostgreSQL database and one Redis (issue 11, point 4): what
// changes through A shows on B within 5 s, a session made on A works on B, and the sign-in rate limit counts
// attempts on both.

test.describe.configure({ mode: "serial" });

const html = { accept: "text/html" };
const WITHIN = { timeout: 5_000, intervals: [100, 250, 500] };
let database: ScratchDatabase | undefined;
let a: Instance | undefined;
let b: Instance | undefined;
let apiA: APIRequestContext;
let apiB: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createDatabase();
  const shared = {
    DATABASE_URL: database.url,
    REDIS_URL,
    REDIS_KEY_PREFIX: `newsstand-e2e:${database.name}:`,
    SEED_ON_START: "0",
    PAGE_CACHE_SECONDS: "30",
  };
  a = await startInstance(e2eEnv.appPort + 1, shared); // migrates the database first
  b = await startInstance(e2eEnv.appPort + 2, shared);
  apiA = await playwrightRequest.newContext({ baseURL: a.url });
  apiB = await playwrightRequest.newContext({ baseURL: b.url });
});

test.afterAll(async () => {
  await apiA?.dispose();
  await apiB?.dispose();
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await database?.drop();
});

test("an article published and then corrected through A shows on B within 5 s", async () => {
  const hooksA = createTestHooks(apiA);
  const article = await createGatedArticle(hooksA, "twoinstances");
  // B renders it for the first time here (no deadline: only what comes after a change has one).
  await expect
    .poll(async () => (await apiB.get(article.path, { headers: html })).status(), { timeout: 30_000 })
    .toBe(200);
  // B now has the page and its content cached; the correction is made and purged on A only.
  expect(await (await apiB.get(article.path, { headers: html })).text()).toContain(article.headline);
  const renamed = `Corrected ${article.marker} on instance A`;
  await hooksA.updateArticle(article.id, { headline: renamed });
  await expect
    .poll(async () => (await apiB.get(article.path, { headers: html })).text(), WITHIN)
    .toContain(renamed);
  await hooksA.updateArticle(article.id, { status: "withdrawn" });
  await expect.poll(async () => (await apiB.get(article.path, { headers: html })).status(), WITHIN).toBe(404);
});

test("a body a member read on A (so it is in Redis) never reaches a visitor on B", async () => {
  const hooksA = createTestHooks(apiA);
  const article = await createGatedArticle(hooksA, "redisleak");
  const member = await signedInMember(hooksA, a?.url);
  try {
    expect(await (await member.get(article.path)).text()).toContain(article.secrets[0]);
    const variants: Record<string, string>[] = [
      html,
      { RSC: "1" },
      { RSC: "1", "Next-Router-Prefetch": "1" },
    ];
    for (const headers of variants) {
      const body = await (await apiB.get(article.path, { headers })).text();
      // A prefetch may carry only the route tree; the page and its RSC carry the teaser.
      if (!headers["Next-Router-Prefetch"]) expect(body).toContain(article.teaser[0]);
      for (const secret of article.secrets) expect(body).not.toContain(secret);
    }
  } finally {
    await member.dispose();
  }
});

test("a session signed in on A is signed in on B", async () => {
  const user = await createTestHooks(apiA).createUser();
  // One client for both: cookies belong to the host (localhost), not the port, as behind one balancer.
  const client = await playwrightRequest.newContext();
  try {
    const csrf = (await (await client.get(`${a?.url}/api/auth/csrf`)).json()) as { csrfToken: string };
    const signIn = await client.post(`${a?.url}/api/auth/callback/password`, {
      form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(302);
    const session = (await (await client.get(`${b?.url}/api/auth/session`)).json()) as {
      user?: { email?: string };
    } | null;
    expect(session?.user?.email).toBe(user.email);
  } finally {
    await client.dispose();
  }
});

test("the sign-in rate limit counts attempts made on both instances together", async () => {
  const user = await createTestHooks(apiA).createUser();
  const client = await playwrightRequest.newContext();
  const attempt = async (instance: Instance | undefined) => {
    const csrf = (await (await client.get(`${instance?.url}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await client.post(`${instance?.url}/api/auth/callback/password`, {
      form: { csrfToken: csrf.csrfToken, email: user.email, password: "wrong-password-0", callbackUrl: "/" },
      maxRedirects: 0,
    });
    return response.headers().location ?? "";
  };
  try {
    // The limit counts per clock minute: start early in one, so all eight attempts fall in the same window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    // Three wrong passwords on each: fewer than the per-email limit (5 a minute) on either alone.
    for (const instance of [a, b, a, b, a, b]) await attempt(instance);
    expect(await attempt(a)).toContain("rate-limited");
    expect(await attempt(b)).toContain("rate-limited");
  } finally {
    await client.dispose();
  }
});
