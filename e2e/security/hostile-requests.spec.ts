import { expect, test } from "../fixtures";
import { e2eEnv } from "../support/env";
import { sendRaw, type RawRequest, type RawResponse } from "./raw-http";

// Hostile and malformed requests over raw HTTP: each gets a 4xx carrying the site's security headers,
// never a 500 (a 500 from Next.js comes without our headers, and says something broke).

const STACK_TRACE = /at \S+ \(|node_modules|webpack-internal|Error: .*\n\s+at /;
const BOUNDARY = "----newsstand-hostile";
const FAKE_ACTION_ID = "7f".repeat(21);

function multipart(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join("")}--${BOUNDARY}--\r\n`;
}

const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;
const sameOrigin = e2eEnv.appUrl;

const HOSTILE: Array<{ name: string; request: RawRequest; status: number }> = [
  { name: "undecodable article slug", request: { path: "/articles/%FF" }, status: 400 },
  { name: "truncated UTF-8 in a slug", request: { path: "/articles/%E2%82" }, status: 400 },
  { name: "bad escape in a topic slug", request: { path: "/topics/%zz" }, status: 400 },
  { name: "bad escape in a title slug", request: { path: "/publishers/abc%" }, status: 400 },
  { name: "TRACE", request: { method: "TRACE", path: "/" }, status: 405 },
  { name: "TRACE on an article", request: { method: "TRACE", path: "/articles/anything" }, status: 405 },
  {
    name: "garbage multipart POST to a page",
    request: {
      method: "POST",
      path: "/",
      headers: { "Content-Type": multipartType, Origin: sameOrigin },
      body: "this is not multipart at all",
    },
    status: 400,
  },
  {
    name: "garbage multipart POST to sign-in, no Origin",
    request: {
      method: "POST",
      path: "/sign-in",
      headers: { "Content-Type": multipartType },
      body: "--x\r\n",
    },
    status: 400,
  },
  {
    name: "server action from a foreign Origin",
    request: {
      method: "POST",
      path: "/sign-in",
      headers: {
        "Content-Type": multipartType,
        Origin: "https://evil.example",
        "Next-Action": FAKE_ACTION_ID,
      },
      body: multipart({ "1_email": "victim@example.test" }),
    },
    status: 403,
  },
  {
    name: "form (no-JS) action from a foreign Origin",
    request: {
      method: "POST",
      path: "/sign-in",
      headers: { "Content-Type": multipartType, Origin: "https://evil.example" },
      body: multipart({ [`$ACTION_ID_${FAKE_ACTION_ID}`]: "", email: "victim@example.test" }),
    },
    status: 403,
  },
  {
    name: "server action from an opaque (null) Origin",
    request: {
      method: "POST",
      path: "/account",
      headers: { "Content-Type": multipartType, Origin: "null", "Next-Action": FAKE_ACTION_ID },
      body: multipart({ "1_x": "1" }),
    },
    status: 403,
  },
];

function expectSiteHeaders(response: RawResponse, what: string): void {
  expect(response.headers["x-content-type-options"], what).toBe("nosniff");
  expect(response.headers["x-frame-options"], what).toBe("DENY");
  expect(response.headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(response.headers["permissions-policy"], what).toContain("camera=()");
  expect(response.headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

test("hostile requests get a 4xx with the site's headers, never a 500", async () => {
  const answers: string[] = [];
  for (const { name, request, status } of HOSTILE) {
    const response = await sendRaw(e2eEnv.appUrl, request);
    answers.push(`${name}: ${response.status}`);
    expect(response.status, name).toBe(status);
    expectSiteHeaders(response, name);
    expect(response.body, `${name}: no stack trace`).not.toMatch(STACK_TRACE);
  }
  expect(answers).toHaveLength(HOSTILE.length);
});

test("the same requests done properly still work", async () => {
  // The guards must not catch what the site itself sends.
  const page = await sendRaw(e2eEnv.appUrl, { path: "/articles/%E2%9C%93" });
  expect(page.status).toBe(404);
  for (const path of ["/search?q=%FF", "/search?q=%FF&noscript=1", "/api/search?q=%FF"]) {
    const search = await sendRaw(e2eEnv.appUrl, { path });
    expect(search.status, path).toBe(200);
  }
  const head = await sendRaw(e2eEnv.appUrl, { method: "HEAD", path: "/" });
  expect(head.status).toBe(200);
  // A same-origin action with an id the server does not know: Next's own 4xx for it, not our 403.
  const action = await sendRaw(e2eEnv.appUrl, {
    method: "POST",
    path: "/sign-in",
    headers: { "Content-Type": multipartType, Origin: sameOrigin, "Next-Action": FAKE_ACTION_ID },
    body: multipart({ "1_email": "someone@example.test" }),
  });
  expect(action.status).toBeGreaterThanOrEqual(400);
  expect(action.status).toBeLessThan(500);
  expect(action.status).not.toBe(403);
  expectSiteHeaders(action, "unknown action");
});
