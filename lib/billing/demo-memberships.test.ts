import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts, seedDemoAccounts } from "@/drizzle/seed/accounts";
import { startStripeEmulator, type RunningStripeEmulator } from "@/emulators/stripe/src/index";
import { listMemberships } from "@/lib/db/queries/billing";
import { findUserByEmail } from "@/lib/db/queries/users";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { forgetStripeProducts } from "./stripe-products";
import { provisionDemoMemberships } from "./demo-memberships";
import { cancelAtPeriodEnd, undoCancel } from "./manage";
import { getMembershipOverview } from "./overview";
import { createStripeClient, pointStripeAtEmulator, setStripe } from "./stripe-client";

// The seeded demo accounts get real objects in the emulator, which keeps them in DATA_DIR: after a
// restart of the emulator their membership page still reads Stripe and its buttons still work.

const getDb = setUpTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "newsstand-demo-"));
const stateFile = path.join(dir, "stripe-emulator.json");
let emulator: RunningStripeEmulator;

async function startEmulator(): Promise<void> {
  emulator = await startStripeEmulator({ port: 0, stateFile });
  pointStripeAtEmulator(emulator);
  forgetStripeProducts();
}

async function userByEmail(email: string) {
  const user = await findUserByEmail(email);
  if (!user) throw new Error(`no ${email}`);
  return user;
}

beforeAll(async () => {
  await startEmulator();
  await seedDemoAccounts(getDb());
});
afterAll(async () => {
  await emulator?.close();
  setStripe(createStripeClient());
  rmSync(dir, { recursive: true, force: true });
});

describe("demo memberships in the emulator", () => {
  it("replaces the seed's made-up ids with real subscriptions, once", async () => {
    const members = demoAccounts.filter((a) => a.membership);
    expect(await provisionDemoMemberships()).toBe(members.length);
    const rows = (
      await Promise.all(members.map(async (a) => listMemberships((await userByEmail(a.email)).id)))
    ).flat();
    expect(rows).toHaveLength(members.length);
    for (const row of rows) {
      expect(row.stripeSubscriptionId).toMatch(/^sub_(?!demo_)/);
      expect(row.stripeCustomerId).toMatch(/^cus_(?!demo_)/);
    }
    expect(await provisionDemoMemberships()).toBe(0);

    const trial = await getMembershipOverview(await userByEmail("trial@newsstand.test"));
    expect(trial).toMatchObject({
      stripe: "ok",
      membership: { status: "trialing", plan: "monthly" },
      card: null,
    });
    const member = await getMembershipOverview(await userByEmail("member@newsstand.test"));
    expect(member).toMatchObject({
      stripe: "ok",
      membership: { status: "active", plan: "annual" },
      card: { brand: "visa", last4: "4242" },
    });
  });

  it("keeps working after the emulator restarts on the same data", async () => {
    await emulator.close();
    await startEmulator();
    const member = await userByEmail("member@newsstand.test");
    expect(await cancelAtPeriodEnd(member.id)).toEqual({ ok: true });
    expect((await getMembershipOverview(member)).membership?.cancelAtPeriodEnd).toBe(true);
    expect(await undoCancel(member.id)).toEqual({ ok: true });
    const trial = await getMembershipOverview(await userByEmail("trial@newsstand.test"));
    expect(trial.stripe).toBe("ok");
  });
});
