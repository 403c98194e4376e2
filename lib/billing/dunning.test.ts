import { describe, expect, it } from "vitest";
import { outboxEmails } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { listMemberships } from "@/lib/db/queries/billing";
import { startEmulatorPerFile } from "./testing/emulator-per-file";
import { canRead } from "./entitlements";
import { addCard, advance, startTrialFor } from "./testing/scenario";

// Issue 12, point 1, end to end on a test clock: the trial's card fails, Stripe retries it on its
// schedule (3, 5, 7 days apart) and then cancels. The member gets one "payment failed" mail for the
// episode, not one per retry, and the "membership ended" mail at the end. With the Billing setting "mark
// unpaid", the subscription keeps renewing into never-attempted drafts: that grants nothing and mails nothing.

setUpTestDatabase();
const emulator = startEmulatorPerFile();

/** Waits until the emulator has delivered every webhook it has queued. */
const settle = () => emulator.control("idle");

async function subjectsTo(email: string): Promise<string[]> {
  const rows = await selectRowsWhere(outboxEmails, outboxEmails.to, email);
  return rows.map((r) => r.subject);
}

describe("dunning as the member sees it", () => {
  it("one payment-failed mail per episode, the ended mail at the end, the row canceled", async () => {
    const reader = await startTrialFor("dunned");
    await addCard(reader, "pm_card_chargeCustomerFail");
    await settle();
    await advance(reader, 14.1); // the trial ends; an hour later the charge fails
    await settle();
    expect((await listMemberships(reader.userId))[0]?.status).toBe("past_due");
    for (const days of [3, 5, 7]) {
      await advance(reader, days); // each retry fails again
      await settle();
    }
    expect((await listMemberships(reader.userId))[0]?.status).toBe("canceled");
    const subjects = await subjectsTo(reader.email);
    const failed = subjects.filter((s) => s === "Your Newsstand payment didn't go through");
    expect(failed, subjects.join(" | ")).toHaveLength(1);
    expect(subjects.filter((s) => s === "Your Newsstand membership has ended")).toHaveLength(1);
  });

  it("an unpaid subscription's renewals (drafts, never attempted) grant no access and send no mail", async () => {
    await emulator.control("config", { dunning: { retryDays: [2], end: "unpaid" } });
    const reader = await startTrialFor("unpaid");
    await addCard(reader, "pm_card_chargeCustomerFail");
    await settle();
    await advance(reader, 14.1);
    await settle();
    await advance(reader, 2); // the only retry fails: unpaid
    await settle();
    expect((await listMemberships(reader.userId))[0]?.status).toBe("unpaid");
    const before = await subjectsTo(reader.email);
    await advance(reader, 30); // past the next renewal
    await settle();
    const [row] = await listMemberships(reader.userId);
    expect(row?.status).toBe("unpaid");
    const periodEnd = row?.currentPeriodEnd?.getTime() ?? 0;
    const inPeriod = new Date(periodEnd - 86_400_000);
    expect(canRead({ id: reader.userId, role: "reader" }, row ?? null, inPeriod).allowed).toBe(false);
    expect(await subjectsTo(reader.email)).toEqual(before);
  });
});
