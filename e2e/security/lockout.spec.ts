import { expect, test } from "../fixtures";
import { e2eEnv } from "../support/env";
import { signInApi, uniqueEmail } from "../auth/helpers";
import { createRemoteClient, type RemoteClient } from "./network-namespace";

// A stranger on another host guesses a member's password over and over (and forges X-Forwarded-For, which
// nobody configured us to trust). The stranger gets rate-limited; the member, from this machine, still
// signs in at once, as often as they like — successes are not counted.

let remote: RemoteClient;

test.beforeAll(() => {
  remote = createRemoteClient(e2eEnv.appPort + 1);
});
test.afterAll(() => remote?.remove());

/** Inside the namespace: N wrong-password sign-ins through Auth.js; prints each answer's error code. */
const GUESS_SCRIPT = `
const [base, email, n] = process.argv.slice(1);
(async () => {
  const csrf = await fetch(base + "/api/auth/csrf");
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await csrf.json();
  const codes = [];
  for (let i = 0; i < Number(n); i++) {
    const response = await fetch(base + "/api/auth/callback/password", {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": "198.18.0." + i,
      },
      body: new URLSearchParams({ csrfToken, email, password: "wrong-guess-" + i, callbackUrl: "/" }),
    });
    codes.push(new URL(response.headers.get("location") ?? "/", base).searchParams.get("code"));
  }
  console.log(JSON.stringify(codes));
})().catch((e) => { console.error(e); process.exit(1); });
`;

test("a stranger's wrong passwords cannot lock the owner out", async ({ request, testHooks }) => {
  const user = await testHooks.createUser({ email: uniqueEmail("lockout") });
  const base = `http://${remote.hostAddress}:${e2eEnv.appPort}`;
  const codes = JSON.parse(remote.runNode(GUESS_SCRIPT, [base, user.email, "25"])) as string[];
  expect(codes.slice(0, 5)).toEqual(Array(5).fill("credentials"));
  // Limited by now, whatever X-Forwarded-For said (5 a minute; a window may turn over once in between).
  expect(codes.at(-1)).toMatch(/^rate-limited-\d+$/);
  expect(codes.filter((code) => code === "credentials").length).toBeLessThanOrEqual(10);

  // The owner signs in from this machine, and again: neither waits, neither counts.
  for (let i = 0; i < 7; i++) await signInApi(request, user.email, user.password);
});
