import { request as playwrightRequest } from "@playwright/test";
import { e2eEnv } from "../support/env";
import { expect, test } from "../fixtures";
import { SignInPage } from "../pages/sign-in";
import { SignUpPage } from "../pages/sign-up";
import { signInApi, uniqueEmail } from "./helpers";

// Headers, cookies, redirects and bad input around sign-in.

test("every response carries the security headers, with a fresh CSP nonce on each page", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "none";
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !tag.includes('type="application/ld+json"'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "every script carries the nonce").toContain(`nonce="${nonce}"`);
  for (const path of ["/", "/api/health", "/sign-in"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("session cookies are httpOnly and SameSite=Lax; a tampered cookie means signed out", async ({
  testHooks,
}) => {
  const context = await playwrightRequest.newContext({ baseURL: e2eEnv.appUrl });
  const user = await testHooks.createUser({ email: uniqueEmail("cookie") });
  await signInApi(context, user.email, user.password);
  const state = await context.storageState();
  const session = state.cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  const tampered = await playwrightRequest.newContext({
    baseURL: e2eEnv.appUrl,
    extraHTTPHeaders: { Cookie: `${session?.name}=${(session?.value ?? "").slice(0, -6)}AAAAAA` },
  });
  const account = await tampered.get("/account", { maxRedirects: 0 });
  expect(account.status()).toBe(307);
  const page = await tampered.get("/sign-in");
  expect(page.status()).toBe(200);
  expect(await (await tampered.get("/api/auth/session")).json()).toBeNull();
  await tampered.dispose();
  await context.dispose();
});

test("callbackUrl only leads to this site", async ({ page, testHooks, signInAs }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("callback") });
  for (const evil of [
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
  ]) {
    await page.context().clearCookies();
    await signInAs(page, user, evil);
    expect(new URL(page.url()).host).toBe(new URL(e2eEnv.appUrl).host);
    expect(new URL(page.url()).pathname).toBe("/");
  }
});

test("wrong passwords many times are rate-limited with a clear message", async ({ page, testHooks }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("limited") });
  const signIn = new SignInPage(page);
  await signIn.goto();
  const form = signIn.passwordForm;
  // Each attempt waits for the server action's answer (the form is reset when it arrives).
  const attempt = async (password: string) => {
    await form.getByLabel("Email", { exact: true }).fill(user.email);
    await form.getByLabel("Password", { exact: true }).fill(password);
    await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in",
      ),
      form.getByRole("button", { name: "Sign in", exact: true }).click(),
    ]);
    // Enabled again = the answer has been rendered (the alert now shows this attempt's message).
    await expect(form.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  };
  // 5 a minute per email in fixed windows: the 6th attempt inside one window is refused. A window may
  // turn over during the loop, so allow up to 11 attempts (two windows' worth) before giving up.
  let limitedAfter = 0;
  for (let i = 1; i <= 11 && limitedAfter === 0; i++) {
    await attempt(`not-the-password-${i}`);
    const text = (await form.getByRole("alert").textContent()) ?? "";
    if (text.includes("Too many attempts")) limitedAfter = i;
    else expect(text).toContain("don't match");
  }
  expect(limitedAfter).toBeGreaterThanOrEqual(6);
  await expect(form.getByRole("alert")).toContainText(
    /Too many attempts\. Please try again in \d+ seconds?\./,
  );
  // Even the right password waits until the window passes.
  await attempt(user.password);
  await expect(form.getByRole("alert")).toContainText("Too many attempts");
});

test("malformed and over-long input gets a message beside the field, never a 500", async ({ page }) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  const form = signUp.form;
  // A tampered client ignores maxlength; the server must still answer beside the field.
  await form.getByLabel("Email").evaluate((input) => input.removeAttribute("maxlength"));
  await form.getByLabel("Email").fill(`${"x".repeat(300)}@example.test`);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("That email address is too long.")).toBeVisible();
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();

  await page.goto(`/check-email?email=${encodeURIComponent("someone@example.test")}`);
  await page.getByLabel("6-digit code").fill("12ab");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Enter the 6-digit code from the email.")).toBeVisible();

  for (const path of [
    "/reset-password?token=x",
    "/sign-in/confirm?token=" + "a".repeat(5000),
    "/verify-email",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
  }
});

test("/dev/outbox does not exist when mail goes to SMTP", async ({ request }) => {
  expect((await request.get("/dev/outbox")).status()).toBe(404);
});
