import { request as playwrightRequest, type BrowserContext } from "@playwright/test";
import { e2eEnv } from "../support/env";
import { expect, signInWithPassword, test } from "../fixtures";
import { signInApi, uniqueEmail } from "../auth/helpers";

// Signing out ends that session on the server: a copy of the cookie taken before (a shared computer, a
// stolen cookie) no longer opens /account. The same person's other devices stay signed in.

async function sessionCookieHeader(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie, "a session cookie after sign-in").toBeTruthy();
  return `${cookie?.name}=${cookie?.value}`;
}

async function openAccountWith(cookie: string) {
  const client = await playwrightRequest.newContext({
    baseURL: e2eEnv.appUrl,
    extraHTTPHeaders: { Cookie: cookie },
  });
  const response = await client.get("/account", { maxRedirects: 0 });
  const answer = { status: response.status(), location: response.headers().location ?? "" };
  await client.dispose();
  return answer;
}

test("sign-out revokes the session: its old cookie no longer opens /account", async ({ page, testHooks }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("signout") });
  // Another device of the same person, signed in separately.
  const phone = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  await signInApi(phone, user.email, user.password);

  await signInWithPassword(page, user, "/account");
  const copied = await sessionCookieHeader(page.context());
  expect((await openAccountWith(copied)).status).toBe(200);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).not.toHaveURL(/\/account/);

  const afterSignOut = await openAccountWith(copied);
  expect(afterSignOut.status).toBe(307);
  expect(afterSignOut.location).toContain("/sign-in");
  expect(await (await phone.get("/account", { maxRedirects: 0 })).status()).toBe(200);
  await phone.dispose();
});

test("a sign-out through Auth.js's own endpoint revokes the session too", async ({ testHooks }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("signout-api") });
  const client = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  await signInApi(client, user.email, user.password);
  const state = await client.storageState();
  const cookie = state.cookies.find((c) => c.name.endsWith("authjs.session-token"));
  const copied = `${cookie?.name}=${cookie?.value}`;
  const csrf = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await client.post("/api/auth/signout", {
    form: { csrfToken: csrf.csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(signedOut.status()).toBe(302);
  expect((await openAccountWith(copied)).status).toBe(307);
  await client.dispose();
});
