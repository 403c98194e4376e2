import { beforeEach, describe, expect, it } from "vitest";
import { cached, clearContentCache } from "./cache";

describe("content cache", () => {
  beforeEach(() => clearContentCache());

  it("loads once per key and shares the in-flight promise", async () => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      return { loads };
    };
    const [a, b] = await Promise.all([cached("k", load), cached("k", load)]);
    expect(a).toBe(b);
    expect(await cached("k", load)).toBe(a);
    expect(await cached("other", load)).toEqual({ loads: 2 });
    expect(loads).toBe(2);
  });

  it("forgets a failure so the next call retries", async () => {
    await expect(cached("flaky", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve();
    expect(await cached("flaky", async () => "up")).toBe("up");
  });
});
