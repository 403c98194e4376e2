import { beforeAll, describe, expect, it } from "vitest";
import { markPeerHookInstalled, PEER_HEADER } from "@/lib/http/peer-address";
import { getClientIp } from "./request-ip";

// Which address keys the rate limits: the socket's peer, or what our own proxies say (TRUSTED_PROXIES).

beforeAll(() => {
  markPeerHookInstalled(); // as instrumentation.ts does in the server
});

function headersFrom(peer: string, forwardedFor?: string): Headers {
  const headers = new Headers({ [PEER_HEADER]: peer });
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("getClientIp", () => {
  it("ignores X-Forwarded-For from a client that is not a configured proxy", () => {
    expect(getClientIp(headersFrom("203.0.113.9", "1.2.3.4"), [])).toBe("203.0.113.9");
    expect(getClientIp(headersFrom("203.0.113.9", "1.2.3.4"), ["10.0.0.0/8"])).toBe("203.0.113.9");
  });

  it("reads X-Forwarded-For from the right, past our own proxies, when the peer is one", () => {
    const proxies = ["10.0.0.0/8", "::1"];
    expect(getClientIp(headersFrom("10.0.0.5", "198.51.100.7"), proxies)).toBe("198.51.100.7");
    // What the client wrote itself (left of what our proxy appended) is never read.
    expect(getClientIp(headersFrom("10.0.0.5", "127.0.0.1, 6.6.6.6, 198.51.100.7"), proxies)).toBe(
      "198.51.100.7",
    );
    // Two of our proxies in a row.
    expect(getClientIp(headersFrom("::1", "198.51.100.8, 10.1.2.3"), proxies)).toBe("198.51.100.8");
    expect(getClientIp(headersFrom("10.0.0.5"), proxies)).toBe("10.0.0.5");
  });

  it("writes IPv4-mapped IPv6 peers as plain IPv4", () => {
    expect(getClientIp(headersFrom("::ffff:10.0.0.5", "::ffff:198.51.100.9"), ["10.0.0.5"])).toBe(
      "198.51.100.9",
    );
  });
});
