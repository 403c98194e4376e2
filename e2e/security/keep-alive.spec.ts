import http from "node:http";
import { expect, test } from "../fixtures";
import { e2eEnv } from "../support/env";

// An idle keep-alive connection outlives Node's 5 s default (lib/http/server-hooks.ts): a client that reuses
// it after a pause — a browser, a balancer, Playwright's own request pool — must get an answer, not a reset.

interface Answer {
  status: number;
  keepAlive: string | undefined;
  reusedSocket: boolean;
}

function get(agent: http.Agent, path: string): Promise<Answer> {
  const base = new URL(e2eEnv.appUrl);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: base.hostname, port: base.port, path, agent }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          keepAlive: response.headers["keep-alive"]?.toString(),
          reusedSocket: request.reusedSocket,
        }),
      );
    });
    request.on("error", reject);
  });
}

test("a keep-alive connection idle past Node's 5 s default still answers", async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const first = await get(agent, "/api/health");
    expect(first.status).toBe(200);
    expect(first.keepAlive).toBe("timeout=65");

    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const second = await get(agent, "/about");
    expect(second.status).toBe(200);
    expect(second.reusedSocket, "the same connection served both requests").toBe(true);
  } finally {
    agent.destroy();
  }
});
