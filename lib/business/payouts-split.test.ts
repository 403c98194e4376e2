import { describe, expect, it } from "vitest";
import { poolOf, splitPool } from "./payouts-split";

// The pool and its split: exact minor units that always add up to the pool.

describe("poolOf", () => {
  it("takes the percent of the net revenue, rounded down", () => {
    expect(poolOf(10_000, 50)).toBe(5_000);
    expect(poolOf(999, 50)).toBe(499);
    expect(poolOf(3_000, 33.3)).toBe(999); // 3000 × 0.333 exactly, no float drift
    expect(poolOf(12_345, 100)).toBe(12_345);
    expect(poolOf(12_345, 0)).toBe(0);
  });

  it("pays nothing from a revenue that is not positive", () => {
    expect(poolOf(0, 50)).toBe(0);
    expect(poolOf(-500, 50)).toBe(0);
  });
});

describe("splitPool", () => {
  it("gives the leftover units to the largest remainders and sums exactly to the pool", () => {
    const split = splitPool(100, [
      { publisherId: 1, seconds: 1 },
      { publisherId: 2, seconds: 1 },
      { publisherId: 3, seconds: 1 },
    ]);
    // 33.33 each: one unit left, ties broken by the lower id.
    expect(split.map((s) => s.payoutMinor)).toEqual([34, 33, 33]);
    expect(split.map((s) => s.share)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("follows the remainders, not the order given", () => {
    const split = splitPool(10, [
      { publisherId: 1, seconds: 14 }, // 1.4
      { publisherId: 2, seconds: 46 }, // 4.6
      { publisherId: 3, seconds: 40 }, // 4.0
    ]);
    expect(split.map((s) => s.payoutMinor)).toEqual([1, 5, 4]);
  });

  it("sums to the pool for awkward figures", () => {
    const titles = Array.from({ length: 37 }, (_, i) => ({ publisherId: i + 1, seconds: 7 + i * 131 }));
    for (const pool of [1, 99, 100_003, 987_654_321]) {
      const split = splitPool(pool, titles);
      expect(split.reduce((sum, s) => sum + s.payoutMinor, 0)).toBe(pool);
      expect(split.every((s) => s.payoutMinor >= 0)).toBe(true);
    }
  });

  it("pays nothing when nobody read", () => {
    expect(splitPool(500, [{ publisherId: 1, seconds: 0 }])).toEqual([
      { publisherId: 1, seconds: 0, share: 0, payoutMinor: 0 },
    ]);
  });
});
