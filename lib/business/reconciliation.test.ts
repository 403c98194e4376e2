import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStripeClient, getStripe, pointStripeAtEmulator, setStripe } from "@/lib/billing/stripe-client";
import { syncSubscription } from "@/lib/billing/sync";
import { startEmulatedStripe } from "@/lib/billing/testing/emulated-stripe";
import { advanceClockTo, startTrialFor, type Reader } from "@/lib/billing/testing/scenario";
import { findLatestReconciliationRun } from "@/lib/db/queries/reconciliation";
import { memberships } from "@/lib/db/schema";
import { updateRowsWhere } from "@/lib/db/testing/rows";
import { createStoredMember } from "@/lib/testing/factories/billing";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { reconcileWithStripe } from "./reconciliation";

// The reconciliation against the Stripe emulator over HTTP (real SDK). The emulator has no webhook endpoint:
// each sync is called here, so "a webhook that never came" is simply a change in Stripe nobody synced.

setUpTestDatabase();
let emulator: Awaited<ReturnType<typeof startEmulatedStripe>>;
let readers: Reader[];
const T0 = new Date("2026-03-02T00:00:00Z");

const sync = (r: Reader) => syncSubscription({ subscriptionId: r.subscriptionId, customerId: r.customerId });

beforeAll(async () => {
  emulator = await startEmulatedStripe([]);
  readers = [];
  for (const name of ["a", "b", "c"])
    readers.push(await startTrialFor(name, { at: T0, card: "pm_card_visa" }));
  await advanceClockTo(readers[2]!, new Date("2026-03-17T02:00:00Z")); // c: trial over, paid
  for (const r of readers) await sync(r);
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

describe("reconciliation with Stripe", () => {
  it("finds no drift on a synced set and records the run", async () => {
    const run = await reconcileWithStripe({ pageSize: 2 }); // two pages: the pager follows has_more
    expect(run).toMatchObject({ checked: 3, drift: [], error: null });
    const stored = await findLatestReconciliationRun();
    expect(stored).toMatchObject({ id: run.runId, checked: 3, drift: [], error: null });
    expect(stored?.finishedAt).toBeInstanceOf(Date);
  });

  it("reports a row we altered, re-syncs it, and the next run is clean", async () => {
    const a = readers[0]!;
    await updateRowsWhere(memberships, memberships.stripeSubscriptionId, a.subscriptionId, {
      status: "canceled",
      trialEnd: null,
    });
    const run = await reconcileWithStripe();
    expect(run.drift).toEqual([
      expect.objectContaining({
        customerId: a.customerId,
        subscriptionId: a.subscriptionId,
        field: "status",
        ours: "canceled",
        stripe: "trialing",
        repair: "re-synced",
      }),
      expect.objectContaining({ field: "trial_end", ours: null, stripe: "2026-03-16T00:00:00.000Z" }),
    ]);
    expect((await reconcileWithStripe()).drift).toEqual([]);
  });

  it("reports changes whose webhooks never came, and a subscription never stored", async () => {
    const b = readers[1]!;
    await getStripe().subscriptions.update(b.subscriptionId, { cancel_at_period_end: true });
    const d = await startTrialFor("d", { at: T0 });
    const run = await reconcileWithStripe();
    const lines = run.drift.map((l) => [l.subscriptionId, l.field, l.ours, l.stripe, l.repair]);
    expect(lines).toContainEqual([b.subscriptionId, "cancel_at_period_end", "false", "true", "re-synced"]);
    expect(lines).toContainEqual([b.subscriptionId, "history.state", "trialing", "canceling", "re-synced"]);
    expect(lines).toContainEqual([d.subscriptionId, "membership", null, "trialing", "re-synced"]);
    expect(run.checked).toBe(4);
    expect((await reconcileWithStripe()).drift).toEqual([]);
  });

  it("reports a membership Stripe does not have, and leaves it for a person to look at", async () => {
    await createStoredMember("cus_gone", "sub_gone", { plan: "monthly", status: "active" });
    const run = await reconcileWithStripe();
    expect(run.drift).toEqual([
      {
        customerId: "cus_gone",
        subscriptionId: "sub_gone",
        field: "subscription",
        ours: "active",
        stripe: null,
        repair: null,
      },
    ]);
  });

  it("records a Stripe error as the run's error instead of throwing", async () => {
    setStripe(
      createStripeClient({
        secretKey: "sk_test_wrong",
        host: "127.0.0.1",
        port: emulator.port,
        protocol: "http",
      }),
    );
    try {
      const run = await reconcileWithStripe();
      expect(run.checked).toBe(0);
      expect(run.error).toMatch(/^StripeAuthenticationError: Invalid API Key/);
      expect(await findLatestReconciliationRun()).toMatchObject({ id: run.runId, error: run.error });
    } finally {
      pointStripeAtEmulator(emulator);
    }
  });
});
