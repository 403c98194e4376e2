import { expect, test } from "../fixtures";
import { e2eEnv } from "../support/env";
import { uniqueEmail } from "../auth/helpers";
import { startAppServer, type AppServer } from "./app-server";
import { createRemoteClient, FETCH_SCRIPT, type RemoteClient } from "./network-namespace";

// /dev/outbox holds everyone's sign-in codes. On the embedded defaults (no SMTP_URL) it answers only the
// person at the machine — by the connection's peer address, which no header can change — unless the
// operator sets OUTBOX_ACCESS=anyone. The "someone else" here is a real second host: a network namespace.

test.describe.configure({ mode: "serial" });

let remote: RemoteClient;
let localOnly: AppServer;
let openToAll: AppServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  remote = createRemoteClient(e2eEnv.appPort);
  [localOnly, openToAll] = await Promise.all([
    startAppServer(e2eEnv.appPort + 5, {}),
    startAppServer(e2eEnv.appPort + 6, { OUTBOX_ACCESS: "anyone" }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([localOnly?.stop(), openToAll?.stop()]);
  remote?.remove();
});

function getFromRemote(server: AppServer, path: string, headers: Record<string, string> = {}) {
  const url = `http://${remote.hostAddress}:${server.port}${path}`;
  return JSON.parse(remote.runNode(FETCH_SCRIPT, [url, JSON.stringify(headers)])) as {
    status: number;
    body: string;
  };
}

test("only a browser on this machine reads the outbox; a header cannot pretend to be one", async ({
  page,
}) => {
  const email = uniqueEmail("outbox");
  await page.goto(`${localOnly.url}/sign-in`);
  const form = page.getByRole("form", { name: "Sign in", exact: true });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Email me a sign-in code" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // The person at the machine (loopback) sees the mail and its HTML part.
  await expect(async () => {
    await page.goto(`${localOnly.url}/dev/outbox`);
    await expect(page.getByText(`To ${email}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const htmlPath = await page
    .locator("li", { hasText: `To ${email}` })
    .getByRole("link", { name: "view HTML part" })
    .getAttribute("href");
  expect(htmlPath).toMatch(/^\/dev\/outbox\/\d+\/html$/);
  expect((await page.request.get(`${localOnly.url}${htmlPath}`)).status()).toBe(200);

  // Another host gets the 404 of a page that does not exist, with or without forged headers.
  const forged = { "X-Newsstand-Peer": "127.0.0.1", "X-Forwarded-For": "127.0.0.1", "X-Real-IP": "::1" };
  for (const headers of [{}, forged]) {
    for (const path of ["/dev/outbox", htmlPath ?? ""]) {
      const answer = getFromRemote(localOnly, path, headers);
      expect(answer.status, `${path} from another host`).toBe(404);
      expect(answer.body).not.toContain(email);
    }
  }
  // The same host serves that other machine everything else.
  expect(getFromRemote(localOnly, "/sign-in").status).toBe(200);
});

test("OUTBOX_ACCESS=anyone opens the outbox to other hosts", async () => {
  const answer = getFromRemote(openToAll, "/dev/outbox");
  expect(answer.status).toBe(200);
  expect(answer.body).toContain("Outbox");
});
