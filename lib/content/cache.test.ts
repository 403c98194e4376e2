import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cached, clearContentCache } from "./cache";

describe("content cache", () => {
  beforeEach(() => clearContentCache());
  afterEach(() => vi.useRealTimers());

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

  it("serves a stale value at once and reloads it behind the caller", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let version = 0;
    const load = async () => ++version;
    expect(await cached("swr", load)).toBe(1);
    vi.setSystemTime(Date.now() + 46_000);
    expect(await cached("swr", load)).toBe(1); // stale, but no wait
    await vi.waitFor(async () => expect(await cached("swr", load)).toBe(2));
    expect(version).toBe(2); // one reload, not one per caller
  });

  it("keeps the previous value when a reload fails", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    expect(await cached("keep", async () => "old")).toBe("old");
    vi.setSystemTime(Date.now() + 46_000);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await cached("keep", () => Promise.reject(new Error("down")))).toBe("old");
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    expect(await cached("keep", async () => "new")).toBe("old"); // retried only after a pause
    errors.mockRestore();
  });
});
