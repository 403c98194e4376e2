import type { IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { pageCacheLane } from "./page-cache-lane";

// Which requests the page cache may answer before Next (the rest go on to Next and proxy.ts unchanged).
// Settings are read once: the cache is on (as in production) before they are.

vi.hoisted(() => {
  process.env.PAGE_CACHE_SECONDS = "30";
});

function request(url: string, headers: Record<string, string> = {}, method = "GET"): IncomingMessage {
  return { url, method, headers } as unknown as IncomingMessage;
}

describe("the page cache's lane", () => {
  it("takes a visitor's GET for a cacheable page, under its canonical key", () => {
    expect(pageCacheLane(request("/"))).toEqual({ key: "/", pathname: "/", signedIn: false });
    expect(pageCacheLane(request("/articles/a%2Dstory?utm_source=x"))?.key).toBe("/articles/a-story");
    // HEAD is answered from the same page (without its body), not rendered each time.
    expect(pageCacheLane(request("/topics/world", {}, "HEAD"))?.key).toBe("/topics/world");
  });

  it("takes a signed-in reader under the members' copy, which the member gate then guards", () => {
    const cookie = "theme=dark; authjs.session-token=abc";
    expect(pageCacheLane(request("/articles/a-story", { cookie }))).toEqual({
      key: "member:/articles/a-story",
      pathname: "/articles/a-story",
      signedIn: true,
    });
    // A member's not-found page is their own render.
    expect(pageCacheLane(request("/articles/%FF%FF", { cookie: "authjs.session-token.0=x" }))).toBeNull();
  });

  it("leaves everything else to Next", () => {
    const others = [
      request("/", {}, "POST"),
      request("/", {}, "PUT"),
      request("/", { rsc: "1" }),
      request("/", { "next-router-prefetch": "1" }),
      request("/", { "next-action": "abc" }),
      request("/?_rsc=x1"),
      request("/account"),
      request("/about"),
      request("//evil.example/articles/a"),
      request("http://evil.example/"),
      request("/articles/%E0%A4%A"), // undecodable: proxy.ts answers 400
    ];
    for (const other of others) expect(pageCacheLane(other)).toBeNull();
  });
});
