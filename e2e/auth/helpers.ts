import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { AccountPage } from "../pages/account";
import type { TestHooks } from "../support/test-hooks";

// Helpers for the auth specs. Kept here rather than in e2e/support because only these specs use them.

let counter = 0;

/** A fresh address per test, so per-email rate limits and mails never mix between tests or runs. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}@example.test`;
}

/** The same user id the sign-up form created (test hook find-user). */
export async function findUserId(hooks: TestHooks, email: string): Promise<string> {
  const user = await hooks.call<{ id: string }>("find-user", { email });
  return user.id;
}

/** A gated article with known paragraphs: the teaser's two, then secret ones only members may see. */
export async function createGatedArticle(hooks: TestHooks, label: string) {
  const marker = `${label}${Math.random().toString(36).slice(2, 8)}`;
  const teaser = [
    `Opening paragraph ${marker} one, free to all.`,
    `Second paragraph ${marker} two, still free.`,
  ];
  const secrets = [
    `Gated paragraph quokkasecret${marker} three, members only.`,
    `Gated paragraph zanzibarhidden${marker} four, members only.`,
    `Gated paragraph ${marker} five with the ending: marmalade${marker}.`,
  ];
  const teaserHtml = teaser.map((p) => `<p>${p}</p>`).join("");
  const bodyHtml = teaserHtml + secrets.map((p) => `<p>${p}</p>`).join("");
  const article = await hooks.createArticle({
    headline: `Headline about ${marker}`,
    standfirst: `Standfirst ${marker}`,
    teaserHtml,
    bodyHtml,
  });
  return { ...article, path: `/articles/${article.slug}`, teaser, secrets, marker };
}

/** Signs an API request context in through Auth.js's own endpoints (no browser): csrf, then the callback. */
export async function signInApi(request: APIRequestContext, email: string, password: string): Promise<void> {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/password", {
    form: { csrfToken: csrf.csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in redirects").toBe(302);
  expect(response.headers().location ?? "", "no error in the redirect").not.toContain("error=");
  const session = (await (await request.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  } | null;
  expect(session?.user?.email).toBe(email);
}

export async function expectSignedInAs(page: Page, email: string): Promise<void> {
  await new AccountPage(page).expectSignedInAs(email);
}
