import { afterEach, describe, expect, it, vi } from "vitest";

// PAYOUT_POOL_PERCENT is validated where every setting is: a percent 0–100 with two decimals at most, else the
// app refuses to start with a message naming it.

const saved = process.env.PAYOUT_POOL_PERCENT;
afterEach(() => {
  if (saved === undefined) delete process.env.PAYOUT_POOL_PERCENT;
  else process.env.PAYOUT_POOL_PERCENT = saved;
  vi.resetModules();
});

async function loadWith(value: string | undefined) {
  if (value === undefined) delete process.env.PAYOUT_POOL_PERCENT;
  else process.env.PAYOUT_POOL_PERCENT = value;
  vi.resetModules();
  return (await import("./settings")).settings.PAYOUT_POOL_PERCENT;
}

describe("PAYOUT_POOL_PERCENT", () => {
  it("defaults to 50 and takes 0, 100 and two decimals", async () => {
    expect(await loadWith(undefined)).toBe(50);
    expect(await loadWith("0")).toBe(0);
    expect(await loadWith("100")).toBe(100);
    expect(await loadWith("37.25")).toBe(37.25);
  });

  it.each(["-1", "100.5", "33.333", "half"])("refuses %s", async (value) => {
    await expect(loadWith(value)).rejects.toThrow(/PAYOUT_POOL_PERCENT/);
  });
});
