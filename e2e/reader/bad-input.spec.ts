import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";

// Bad input over HTTP on the production build: never a 500, never a stack trace.

const STACK_TRACE = /at \S+ \(|node_modules|webpack-internal|Error: .*\n\s+at /;

async function firstSlug(request: APIRequestContext, listPath: string, prefix: string): Promise<string> {
  const html = await (await request.get(listPath)).text();
  const slug = new RegExp(`href="/${prefix}/([^"/?#]+)"`).exec(html)?.[1];
  expect(slug, `a /${prefix}/ link on ${listPath}`).toBeTruthy();
  return slug ?? "";
}

async function expectNotBroken(response: APIResponse, what: string): Promise<string> {
  const body = await response.text();
  expect(response.status(), what).toBeLessThan(500);
  expect(body, `${what}: no stack trace`).not.toMatch(STACK_TRACE);
  return body;
}

test("unknown slugs answer 404 with the site's not-found page", async ({ request }) => {
  for (const path of [
    "/articles/no-such-article-zz9",
    "/publishers/no-such-title-zz9",
    "/topics/no-such-topic-zz9",
    "/no-such-page-zz9",
    "/articles/%E2%9C%93%20%27%22",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = await expectNotBroken(response, path);
    // In the HTML itself, outside any script: a visitor without JavaScript (or a crawler) reads it too.
    const withoutScripts = body.replace(/<script[\s\S]*?<\/script>/g, "");
    expect(withoutScripts, path).toContain("can&#x27;t find that page");
    expect(withoutScripts, path).toContain('id="main"');
  }
});

test("odd page numbers give a sensible page or a 400, never a 500", async ({ request }) => {
  const publisher = await firstSlug(request, "/publishers", "publishers");
  const topic = await firstSlug(request, "/", "topics");
  const searches = ["/search?q=council&x=1&noscript=1", "/api/search?q=council&x=1"];
  for (const base of [`/publishers/${publisher}`, `/topics/${topic}`, ...searches]) {
    for (const page of ["-1", "abc", "99999", "0", "1.5", "", "1e309", "9".repeat(40)]) {
      const url = `${base}${base.includes("?") ? "&" : "?"}page=${encodeURIComponent(page)}`;
      const response = await request.get(url, { maxRedirects: 5 });
      await expectNotBroken(response, url);
      expect([200, 400, 404], url).toContain(response.status());
    }
  }
});

test("any search text gives results or a friendly no-results message", async ({ request }) => {
  const queries = [
    `"unterminated quote`,
    `"quoted phrase"`,
    "(brackets [and] {braces}",
    "a & b | !c <-> d:* ~ e",
    "!!!&&&|||",
    "'; drop table articles; --",
    "1' or '1'='1",
    "% _ \\ $1 ${x}",
    "📰🗞️ news 🌍",
    "<script>alert(1)</script>",
    "x".repeat(10_000),
    "word ".repeat(2_000),
    "   ",
    "\u0000null byte",
  ];
  for (const q of queries) {
    const what = `search q=${JSON.stringify(q.slice(0, 40))}…(${q.length})`;
    // The page a browser without JavaScript gets, with its results drawn on the server…
    const response = await request.get(`/search?q=${encodeURIComponent(q)}&noscript=1`);
    const body = await expectNotBroken(response, what);
    expect(response.status(), what).toBe(200);
    expect(body, `${what}: results or a no-results message`).toMatch(
      /href="\/articles\/|no results|nothing found|no articles|no stories|no matches|try /i,
    );
    expect(body, `${what}: input is escaped`).not.toContain("<script>alert(1)</script>");
    // …and the results the shell fetches: JSON, whatever was typed.
    const results = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(results.status(), `${what} (results)`).toBe(200);
    expect(results.headers()["content-type"], `${what} (results)`).toContain("application/json");
    const answer = (await results.json()) as { items: unknown[]; blank: boolean };
    expect(Array.isArray(answer.items), `${what} (results)`).toBe(true);
  }
  // Filters with nonsense values are ignored or refused, not a crash.
  for (const query of [
    "q=news&from=not-a-date",
    "q=news&to=2026-13-45",
    "q=news&publisher=%27",
    "q=news&topic[]=x",
  ]) {
    await expectNotBroken(await request.get(`/search?${query}&noscript=1`), query);
    await expectNotBroken(await request.get(`/api/search?${query}`), `results: ${query}`);
  }
});

test("health, sitemap and robots answer", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toMatch(/<(urlset|sitemapindex)[\s>]/);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/sitemap:/i);
});
