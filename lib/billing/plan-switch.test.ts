import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { switchPlan } from "./manage";
import { previewPlanSwitch } from "./plan-switch";
import { plans } from "./plans";
import { getStripe } from "./stripe-client";
import { syncSubscription } from "./sync";
import { startEmulatorPerFile } from "./testing/emulator-per-file";
import { advance, startTrialFor } from "./testing/scenario";

// The switch page's preview against Stripe's balance rules (issue 12): annual → monthly mid-year leaves more
// credit than a month costs, so nothing is charged today and the next payment is taken from the credit too.

setUpTestDatabase();
startEmulatorPerFile();

describe("previewing a plan switch", () => {
  it("annual → monthly mid-year: a credit now, and the next payment comes out of it", async () => {
    const reader = await startTrialFor(`switch-${Math.random().toString(36).slice(2, 8)}`, {
      card: "pm_card_visa",
    });
    const ref = { subscriptionId: reader.subscriptionId, customerId: reader.customerId };
    await advance(reader, 15); // the trial ends and the first month is paid
    await syncSubscription(ref);
    expect(await switchPlan(reader.userId, "annual")).toMatchObject({ ok: true });
    await advance(reader, 30);
    await syncSubscription(ref);

    const result = await previewPlanSwitch(reader.userId, "monthly");
    if (!result.ok) throw new Error(`no preview: ${result.code}`);
    const { preview } = result;
    // About 11 of 12 months unused: well over a month's price is credited.
    expect(preview.dueNowMinor).toBeLessThan(-plans.monthly.amountMinor * 5);
    expect(preview.next.amountMinor).toBe(0);

    // What Stripe then does agrees: the switch is invoiced at £0 and the credit stays on the balance.
    expect(await switchPlan(reader.userId, "monthly")).toMatchObject({ ok: true });
    const sub = await getStripe().subscriptions.retrieve(reader.subscriptionId);
    const invoice = await getStripe().invoices.retrieve(String(sub.latest_invoice));
    expect(invoice).toMatchObject({ amount_due: 0, total: preview.dueNowMinor });
    const customer = await getStripe().customers.retrieve(reader.customerId);
    expect(customer.deleted ? null : customer.balance).toBe(preview.dueNowMinor);
  });

  it("monthly → annual: the new price less the unused month is charged today", async () => {
    const reader = await startTrialFor(`switch-up-${Math.random().toString(36).slice(2, 8)}`, {
      card: "pm_card_visa",
    });
    await advance(reader, 20);
    await syncSubscription({ subscriptionId: reader.subscriptionId, customerId: reader.customerId });
    const result = await previewPlanSwitch(reader.userId, "annual");
    if (!result.ok) throw new Error(`no preview: ${result.code}`);
    expect(result.preview.dueNowMinor).toBeGreaterThan(plans.monthly.amountMinor * 9);
    expect(result.preview.dueNowMinor).toBeLessThan(plans.annual.amountMinor);
    expect(result.preview.next.amountMinor).toBe(plans.annual.amountMinor);
  });
});
