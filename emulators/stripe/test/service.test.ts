import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, test } from "vitest";
import { startStripeEmulator } from "../src/index";
import { runMain } from "./run-main";

const dir = mkdtempSync(path.join(tmpdir(), "stripe-emulator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sdk = (port: number) =>
  new Stripe("sk_test_newsstand_emulator", {
    host: "127.0.0.1",
    port,
    protocol: "http",
    maxNetworkRetries: 0,
  });

describe("state file", () => {
  test("a demo survives a restart", async () => {
    const stateFile = path.join(dir, "state.json");
    const first = await startStripeEmulator({ port: 0, stateFile });
    const customer = await sdk(first.port).customers.create({ email: "kept@example.com" });
    const price = await sdk(first.port).prices.create({
      currency: "gbp",
      unit_amount: 999,
      recurring: { interval: "month" },
      product_data: { name: "Kept" },
    });
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, "utf8"))).toHaveProperty(["customers", customer.id]);
    const second = await startStripeEmulator({ port: 0, stateFile });
    try {
      expect(((await sdk(second.port).customers.retrieve(customer.id)) as Stripe.Customer).email).toBe(
        "kept@example.com",
      );
      expect((await sdk(second.port).prices.retrieve(price.id)).unit_amount).toBe(999);
      const s = await sdk(second.port).checkout.sessions.create({
        mode: "subscription",
        customer: customer.id,
        line_items: [{ price: price.id, quantity: 1 }],
      });
      expect(s.url).toBe(`http://localhost:${second.port}/checkout/${s.id}`);
    } finally {
      await second.close();
    }
  });
});

describe("npm run stripe:emulator (main.ts)", { timeout: 120_000 }, () => {
  test("reads its env, serves /health, persists under DATA_DIR, stops on SIGTERM", async () => {
    const run = runMain({ STRIPE_EMULATOR_PORT: "0", STRIPE_EMULATOR_PERSIST: "1", DATA_DIR: dir });
    const url = await run.url();
    expect(url, run.output()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.output()).toContain(path.join(dir, "stripe-emulator.json"));
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  test("refuses an invalid configuration", async () => {
    const run = runMain({ STRIPE_EMULATOR_PORT: "not-a-port" });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain("STRIPE_EMULATOR_PORT");
  });
});
