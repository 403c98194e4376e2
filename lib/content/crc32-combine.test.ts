import { randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { appendFactor, combineCrc } from "./crc32-combine";

describe("combineCrc", () => {
  it("gives the CRC-32 of A then B from A's and B's alone, at every length (empty included)", () => {
    for (const [a, b] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [3, 24],
      [1000, 1],
      [70_000, 123_457],
    ] as const) {
      const first = randomBytes(a);
      const second = randomBytes(b);
      const whole = crc32(Buffer.concat([first, second]));
      expect(combineCrc(crc32(first), crc32(second), appendFactor(b))).toBe(whole);
    }
  });
});
