import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieFor } from "@/lib/auth/testing/session-cookie";
import { changeFollow } from "@/lib/personal/follows";
import type { ReaderParts } from "@/lib/personal/reader-parts-shape";
import { getHistory } from "@/lib/reading/history";
import { createUser, grantMembership } from "@/lib/testing/factories/accounts";
import { createArticle, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { answerReaderPartsLane, isReaderPartsRequest } from "./reader-parts-lane";

// POST /api/me as the server's request event answers it (before Next), over a real HTTP server and database:
// the reader's own parts for their session only, and a clear 4xx for every bad question.

setUpTestDatabase();

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (isReaderPartsRequest(request)) void answerReaderPartsLane(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: Record<string, unknown>;
}

/** A raw POST (Node's client, so a body larger than announced or no announced length at all can be sent). */
function post(body: string, headers: Record<string, string> = {}, path = "/api/me"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const text = (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString();
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(text) });
        });
      },
    );
    sent.on("error", reject);
    sent.end(body);
  });
}

describe("the reader's parts, answered before Next", () => {
  it("takes only POST /api/me", () => {
    const message = (method: string, url: string) => ({ method, url }) as never;
    expect(isReaderPartsRequest(message("POST", "/api/me"))).toBe(true);
    expect(isReaderPartsRequest(message("POST", "/api/me?x=1"))).toBe(true);
    for (const [method, url] of [
      ["GET", "/api/me"],
      ["POST", "/api/me/"],
      ["POST", "/api/members"],
      ["POST", "/api/reads"],
    ])
      expect(isReaderPartsRequest(message(method ?? "", url ?? "")), `${method} ${url}`).toBe(false);
  });

  it("answers a member's home: their follows, Continue reading and For You, compressed when asked", async () => {
    const { user } = await createUser({ name: "Lane Reader" });
    await grantMembership(user.id, { status: "active" });
    const topic = await createTopic({ name: "Lane Topic" });
    const stories = [];
    for (let i = 0; i < 3; i++) stories.push(await createArticle({ topicId: topic.id }));
    const story = stories[0]!;
    await changeFollow(user.id, "topic", topic.slug, "follow");
    const cookie = await sessionCookieFor(user);
    const answer = await post(JSON.stringify({ home: true, cards: [story.id] }), {
      cookie,
      "accept-encoding": "gzip",
    });
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("private, no-store");
    expect(answer.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    const parts = answer.json as unknown as ReaderParts;
    expect(parts.label).toBe("Lane Reader");
    expect(parts.follows).toEqual([{ kind: "topic", slug: topic.slug, name: "Lane Topic" }]);
    expect(parts.home?.forYou.items.map((item) => item.article.id)).toContain(story.id);
    expect(parts.viewToken).toBeNull();
    expect(JSON.stringify(parts).length).toBeGreaterThan(1024); // three stories' cards: worth compressing
    expect(answer.headers["content-encoding"]).toBe("gzip");
  });

  it("gives an article's view token and puts the story in the reader's history; none for an unknown story", async () => {
    const { user } = await createUser();
    await grantMembership(user.id, { status: "active" });
    const story = await createArticle();
    const cookie = await sessionCookieFor(user);
    const answer = await post(JSON.stringify({ article: story.slug }), {
      cookie,
      "user-agent": "Mozilla/5.0",
    });
    expect(answer.status).toBe(200);
    expect(typeof answer.json.viewToken).toBe("string");
    await expect.poll(async () => (await getHistory(user.id)).map((s) => s.id)).toEqual([story.id]);
    const unknown = await post(JSON.stringify({ article: "no-such-story" }), { cookie });
    expect(unknown.json.viewToken).toBeNull();
  });

  it("refuses the signed out, a forged session and bad questions with a clear 4xx, never keeping any", async () => {
    const { user } = await createUser();
    const cookie = await sessionCookieFor(user);
    const cases: [string, string, Record<string, string>, number][] = [
      ["signed out", "{}", {}, 401],
      ["forged", "{}", { cookie: "authjs.session-token=forged.value" }, 401],
      ["not JSON", "{", { cookie }, 400],
      ["wrong shape", '{"home":"yes"}', { cookie }, 400],
      [
        "too many cards",
        JSON.stringify({ cards: Array.from({ length: 201 }, (_, i) => i + 1) }),
        { cookie },
        400,
      ],
      ["too large, announced", JSON.stringify({ article: "x".repeat(5000) }), { cookie }, 413],
      [
        "too large, chunked",
        JSON.stringify({ article: "x".repeat(5000) }),
        { cookie, "transfer-encoding": "chunked" },
        413,
      ],
      ["a form post", "home=1", { cookie, "content-type": "application/x-www-form-urlencoded" }, 415],
    ];
    for (const [name, body, headers, status] of cases) {
      const answer = await post(body, headers);
      expect(answer.status, name).toBe(status);
      expect(answer.headers["cache-control"], name).toBe("private, no-store");
      expect(answer.json.error, name).toBeTruthy();
    }
  });
});
