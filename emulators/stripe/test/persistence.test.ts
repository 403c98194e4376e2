import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, test } from "vitest";
import { readOrCreateWebhookSecret } from "../src/state/webhook-secret";
import { createPlans, postForm, startWebhookReceiver, VISA, waitFor } from "./harness";
import { runMain } from "./run-main";

// State and webhook secret live in DATA_DIR and survive a restart, even a kill -9 right after an answer.

const root = mkdtempSync(path.join(tmpdir(), "stripe-emulator-persist-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const newDir = () => mkdtempSync(path.join(root, "data-"));

const sdk = (url: string) => {
  const { hostname, port } = new URL(url);
  return new Stripe("sk_test_newsstand_emulator", {
    host: hostname,
    port: Number(port),
    protocol: "http",
    maxNetworkRetries: 0,
  });
};

async function startMain(env: Record<string, string>) {
  const run = runMain({ STRIPE_EMULATOR_PORT: "0", ...env });
  const url = await run.url();
  expect(url, run.output()).not.toBe("");
  return { ...run, url, stripe: sdk(url) };
}

describe("state in DATA_DIR", { timeout: 180_000 }, () => {
  test("a trial started with 4242 survives kill -9 right after checkout, and a restart", async () => {
    const dataDir = newDir();
    const first = await startMain({ DATA_DIR: dataDir });
    const plans = await createPlans(first.stripe);
    const customer = await first.stripe.customers.create({ email: "kept@example.com" });
    const session = await first.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: plans.monthly.id, quantity: 1 }],
      subscription_data: { trial_period_days: 14 },
      success_url: "http://app.test/welcome",
    });
    expect((await postForm(session.url ?? "", VISA)).status).toBe(303);
    // No SIGTERM, no chance to save on the way out: what was answered must already be on disk.
    first.child.kill("SIGKILL");
    await first.exited;

    const second = await startMain({ DATA_DIR: dataDir });
    try {
      const done = await second.stripe.checkout.sessions.retrieve(session.id);
      expect(done.status).toBe("complete");
      const sub = await second.stripe.subscriptions.retrieve(String(done.subscription), {
        expand: ["default_payment_method"],
      });
      expect(sub.status).toBe("trialing");
      expect((sub.default_payment_method as Stripe.PaymentMethod).card?.last4).toBe("4242");
      // Its buttons work: the restarted emulator still changes it.
      const canceled = await second.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
      expect(canceled.cancel_at_period_end).toBe(true);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
    expect(readdirSync(dataDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a write cut short leaves a temporary file that is ignored; the last whole state loads", async () => {
    const dataDir = newDir();
    const first = await startMain({ DATA_DIR: dataDir });
    const customer = await first.stripe.customers.create({ email: "whole@example.com" });
    first.child.kill("SIGKILL");
    await first.exited;
    writeFileSync(path.join(dataDir, "stripe-emulator.json.99999.tmp"), '{"customers": {"cus_half');
    const second = await startMain({ DATA_DIR: dataDir });
    try {
      const kept = (await second.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
      expect(kept.email).toBe("whole@example.com");
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });

  test("a state file that is not JSON is set aside with a message, not overwritten", async () => {
    const dataDir = newDir();
    writeFileSync(path.join(dataDir, "stripe-emulator.json"), "hand-edited, not JSON");
    const run = await startMain({ DATA_DIR: dataDir });
    run.child.kill("SIGTERM");
    await run.exited;
    expect(run.output()).toContain("is not JSON");
    const kept = readdirSync(dataDir).find((f) => f.startsWith("stripe-emulator.json.unreadable-"));
    expect(kept).toBeDefined();
    expect(readFileSync(path.join(dataDir, kept ?? ""), "utf8")).toBe("hand-edited, not JSON");
  });

  test("STRIPE_EMULATOR_PERSIST=0 keeps state in memory only", async () => {
    const dataDir = newDir();
    const run = await startMain({ DATA_DIR: dataDir, STRIPE_EMULATOR_PERSIST: "0" });
    await run.stripe.customers.create();
    run.child.kill("SIGTERM");
    await run.exited;
    expect(run.output()).toContain("state in memory");
    expect(readdirSync(dataDir)).not.toContain("stripe-emulator.json");
  });
});

describe("webhook secret per data directory", { timeout: 180_000 }, () => {
  test("made once at random, kept (0600), used to sign, and never the old constant", async () => {
    const dataDir = newDir();
    const receiver = await startWebhookReceiver();
    const run = await startMain({ DATA_DIR: dataDir, STRIPE_EMULATOR_WEBHOOK_URLS: receiver.url });
    try {
      const file = path.join(dataDir, "stripe-webhook-secret");
      const secret = readFileSync(file, "utf8").trim();
      expect(secret).toMatch(/^whsec_[\w-]{32}$/);
      expect(secret).not.toBe("whsec_newsstand_emulator");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      await run.stripe.customers.create();
      await waitFor("a delivery", () => receiver.received.length > 0);
      const [delivery] = receiver.received;
      const event = run.stripe.webhooks.constructEvent(
        delivery?.body ?? "",
        String(delivery?.headers["stripe-signature"]),
        secret,
      );
      expect(event.type).toBe("customer.created");
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
      await receiver.close();
    }
    expect(readOrCreateWebhookSecret(dataDir)).toBe(
      readFileSync(path.join(dataDir, "stripe-webhook-secret"), "utf8").trim(),
    );
    expect(readOrCreateWebhookSecret(newDir())).not.toBe(readOrCreateWebhookSecret(dataDir));
  });

  test("STRIPE_WEBHOOK_SECRET, when set, wins and no file is made", async () => {
    const dataDir = newDir();
    const run = await startMain({ DATA_DIR: dataDir, STRIPE_WEBHOOK_SECRET: "whsec_from_env" });
    run.child.kill("SIGTERM");
    await run.exited;
    expect(readdirSync(dataDir)).not.toContain("stripe-webhook-secret");
  });
});
