import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, payoutLines, reads, type User } from "@/lib/db/schema";
import { selectRowsWhere, updateRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import { createReadRow } from "@/lib/testing/factories/business";
import { createArticle, createPublisher } from "@/lib/testing/factories/content";
import { createMembershipPayment } from "@/lib/testing/factories/payouts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { monthFromKey } from "./payout-month";
import { closePayoutMonth, getPayoutStatement, type PayoutStatement } from "./payouts";

// Publisher payouts on a real database: members' seconds only, month boundaries, the pool split to the unit,
// closing (frozen, audited, refused when it must be) and late reads and payments carried to the next open month.

setUpTestDatabase();
const at = (iso: string) => new Date(`${iso}Z`);
const NOW = at("2026-06-15T12:00:00"); // June is the current month
const march = monthFromKey("2026-03");
const april = monthFromKey("2026-04");
const may = monthFromKey("2026-05");

let admin: User;
let ledger: { id: number; publisherId: number };
let courier: { id: number; publisherId: number };
let gazette: { id: number; publisherId: number };

const payouts = (s: PayoutStatement) => Object.fromEntries(s.lines.map((l) => [l.slug, l.payoutMinor]));
const seconds = (s: PayoutStatement) => Object.fromEntries(s.lines.map((l) => [l.slug, l.seconds]));
const sum = (s: PayoutStatement) => s.lines.reduce((total, l) => total + l.payoutMinor, 0);

beforeAll(async () => {
  admin = (await createUser({ role: "admin" })).user;
  const storyOf = async (slug: string, name: string) =>
    createArticle({ publisherId: (await createPublisher({ slug, name })).id });
  ledger = await storyOf("ledger", "The Ledger");
  courier = await storyOf("courier", 'Courier, "North"');
  gazette = await storyOf("gazette", "The Gazette");
  // March: members read 600 + 300 + 100 s; the rest is another audience or another month.
  await createReadRow({ article: ledger, readAt: at("2026-03-01T00:00:00"), seconds: 600 });
  await createReadRow({ article: courier, readAt: at("2026-03-10T09:00:00"), seconds: 300 });
  await createReadRow({ article: gazette, readAt: at("2026-03-31T23:59:59"), seconds: 100 });
  await createReadRow({
    article: ledger,
    readAt: at("2026-03-05T00:00:00"),
    seconds: 999,
    audience: "non_member",
  });
  await createReadRow({ article: courier, readAt: at("2026-03-06T00:00:00"), seconds: 999, audience: "bot" });
  await createReadRow({ article: gazette, readAt: at("2026-04-01T00:00:00"), seconds: 400 }); // April
  await createReadRow({ article: courier, readAt: at("2026-02-28T23:59:59"), seconds: 999 }); // February
  // March's net revenue 2003 (GBP) → a pool of 1001 at 50 %; a payment in another currency does not count.
  await createMembershipPayment({ netMinor: 1_003, paidAt: at("2026-03-02T10:00:00") });
  await createMembershipPayment({ netMinor: 1_000, paidAt: at("2026-03-31T23:59:59") });
  await createMembershipPayment({ netMinor: 5_000, paidAt: at("2026-03-03T10:00:00"), currency: "usd" });
  await createMembershipPayment({ netMinor: 800, paidAt: at("2026-04-01T00:00:00") });
});

describe("an open month", () => {
  it("shares the pool by members' seconds read in the month, to the unit", async () => {
    const statement = await getPayoutStatement(march, NOW);
    expect(statement.closed).toBeNull();
    expect(statement.netRevenueMinor).toBe(2_003);
    expect(statement.poolPercent).toBe(50);
    expect(statement.poolMinor).toBe(1_001);
    expect(statement.totalSeconds).toBe(1_000);
    expect(seconds(statement)).toEqual({ ledger: 600, courier: 300, gazette: 100 });
    expect(statement.lines.map((l) => l.share)).toEqual([0.6, 0.3, 0.1]);
    // 600.6 / 300.3 / 100.1: the one unit left goes to the largest remainder.
    expect(payouts(statement)).toEqual({ ledger: 601, courier: 300, gazette: 100 });
    expect(sum(statement)).toBe(statement.poolMinor);
    expect(statement.closable).toEqual({ ok: true });
  });

  it("may not be closed while it is current or still to come", async () => {
    for (const key of ["2026-06", "2026-07"]) {
      const statement = await getPayoutStatement(monthFromKey(key), NOW);
      expect(statement.closable.ok).toBe(false);
      await expect(closePayoutMonth(admin, monthFromKey(key), NOW)).rejects.toThrow(/not over yet/);
    }
  });
});

describe("closing months", () => {
  it("freezes March with its audit entry, and refuses a second close or a gap", async () => {
    const closed = await closePayoutMonth(admin, march, NOW);
    expect(payouts(closed)).toEqual({ ledger: 601, courier: 300, gazette: 100 });
    const stored = await selectRowsWhere(payoutLines, payoutLines.month, "2026-03-01");
    expect(stored.map((l) => [l.publisherName, l.seconds, l.payoutMinor]).sort()).toEqual([
      ['Courier, "North"', 300, 300],
      ["The Gazette", 100, 100],
      ["The Ledger", 600, 601],
    ]);
    const audit = await selectRowsWhere(auditLog, auditLog.entityType, "payout_month");
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([
      ["payouts.close", "2026-03", admin.id],
    ]);
    // Editors read the audit log: it names the month, never its revenue or pool.
    expect(audit[0]?.summary).toBe("Closed the payouts of March 2026 (3 titles)");
    expect(JSON.stringify(audit[0]?.after)).not.toMatch(/Revenue|pool|£|1001|2003/i);

    await expect(closePayoutMonth(admin, march, NOW)).rejects.toThrow(/already closed/);
    await expect(closePayoutMonth(admin, may, NOW)).rejects.toThrow(/close April 2026 next/);
    expect(await selectRowsWhere(auditLog, auditLog.entityType, "payout_month")).toHaveLength(1);
  });

  it("carries late reads and payments for a closed month into the next open month; the closed one never changes", async () => {
    // Recorded after March closed: a new read, more seconds on a read already counted, and a payment.
    await createReadRow({ article: courier, readAt: at("2026-03-20T08:00:00"), seconds: 200 });
    await updateRowsWhere(reads, reads.readAt, at("2026-03-01T00:00:00"), { seconds: 650 });
    await createMembershipPayment({ netMinor: 400, paidAt: at("2026-03-15T10:00:00") });

    const frozen = await getPayoutStatement(march, NOW);
    expect(frozen.closed?.by).toBe(admin.id);
    expect(frozen.netRevenueMinor).toBe(2_003);
    expect(payouts(frozen)).toEqual({ ledger: 601, courier: 300, gazette: 100 });

    const next = await getPayoutStatement(april, NOW);
    expect(seconds(next)).toEqual({ gazette: 400, courier: 200, ledger: 50 });
    expect(next.lines.find((l) => l.slug === "courier")?.lateSeconds).toBe(200);
    expect(next.netRevenueMinor).toBe(1_200); // 800 paid in April + 400 paid late for March
    expect(next.lateRevenueMinor).toBe(400);
    expect(next.poolMinor).toBe(600);
    expect(sum(next)).toBe(600);
    // Only the month right after the closed run takes them.
    expect(seconds(await getPayoutStatement(may, NOW))).toEqual({});
  });

  it("closes April with what it carried, then sends later late reads to May", async () => {
    const closed = await closePayoutMonth(admin, april, NOW);
    expect(closed.totalSeconds).toBe(650);
    await createReadRow({ article: gazette, readAt: at("2026-03-30T08:00:00"), seconds: 70 });
    await createReadRow({ article: ledger, readAt: at("2026-04-30T23:59:59"), seconds: 30 });
    expect(seconds(await getPayoutStatement(april, NOW))).toEqual({ gazette: 400, courier: 200, ledger: 50 });
    expect(seconds(await getPayoutStatement(may, NOW))).toEqual({ gazette: 70, ledger: 30 });
    // A month before the run may still be closed (its own reads only); one inside it may not.
    const february = await closePayoutMonth(admin, monthFromKey("2026-02"), NOW);
    expect(seconds(february)).toEqual({ courier: 999 });
    expect(seconds(await getPayoutStatement(may, NOW))).toEqual({ gazette: 70, ledger: 30 });
  });

  it("lets only one of two simultaneous closes of a month through", async () => {
    const january = monthFromKey("2026-01");
    const outcomes = await Promise.allSettled([
      closePayoutMonth(admin, january, NOW),
      closePayoutMonth(admin, january, NOW),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(String(refused?.status === "rejected" && refused.reason)).toMatch(
      /January 2026 is already closed/,
    );
    const closes = await selectRowsWhere(auditLog, auditLog.entityType, "payout_month");
    expect(closes.filter((a) => a.entityId === "2026-01")).toHaveLength(1);
  });
});
