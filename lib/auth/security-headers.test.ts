import { describe, expect, it } from "vitest";
import { createNonce } from "./security-headers";

describe("createNonce", () => {
  it("hands out 128-bit nonces, never the same one twice, across several draws of the pool", () => {
    const nonces = Array.from({ length: 1_000 }, () => createNonce());
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
