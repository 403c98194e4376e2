import "server-only";
import { settings } from "../config/settings";
import type { Database } from "../db/client";
import { insertAuditEntry } from "../db/queries/audit-log";
import {
  insertClosedPayoutMonth,
  listClosedPayoutMonths,
  listPayoutLines,
  lockPayoutMonths,
  sumNetRevenue,
  sumPayoutSecondsByTitle,
  type Span,
} from "../db/queries/payouts";
import { withTransaction } from "../db/queries/transaction";
import type { User } from "../db/schema";
import { assertRole, EditorialInputError } from "../newsroom/errors";
import { monthContaining, monthFromKey, monthName, monthsAfter, type PayoutMonth } from "./payout-month";
import { poolOf, splitPool } from "./payouts-split";

// Publisher payouts (README "Publisher payouts"): a month's statement, live while the month is open and frozen
// once it is closed. Closed months form one unbroken run; whatever is recorded for them after their close (late
// reads, late payments) is carried into the month right after the run.

export interface PayoutStatementLine {
  publisherId: number;
  slug: string;
  name: string;
  seconds: number;
  /** Part of `seconds` read in closed months and recorded after their close (open months only). */
  lateSeconds: number;
  share: number;
  payoutMinor: number;
}

export interface PayoutStatement {
  month: PayoutMonth;
  closed: { at: Date; by: string | null } | null;
  currency: string;
  poolPercent: number;
  netRevenueMinor: number;
  /** Part of the net revenue recorded for closed months after their close, refunds taken off (open months only). */
  lateRevenueMinor: number;
  poolMinor: number;
  totalSeconds: number;
  lines: PayoutStatementLine[];
  /** Whether it can be closed now, and if not, why. */
  closable: { ok: true } | { ok: false; reason: string };
}

type ClosedRow = Awaited<ReturnType<typeof listClosedPayoutMonths>>[number];

const byPayout = (a: PayoutStatementLine, b: PayoutStatementLine) =>
  b.payoutMinor - a.payoutMinor || b.seconds - a.seconds || a.name.localeCompare(b.name);

/** Why `month` cannot be closed now, or null when it can. */
function closeRefusal(month: PayoutMonth, closed: ClosedRow[], now: Date): string | null {
  const name = monthName(month);
  if (closed.some((c) => c.month.startsWith(month.key))) return `${name} is already closed.`;
  if (month.start >= monthContaining(now).start)
    return `${name} is not over yet: a month can be closed once it has ended.`;
  const first = closed[0];
  const last = closed.at(-1);
  if (!first || !last) return null;
  const next = monthsAfter(monthFromKey(last.month), 1);
  const before = monthsAfter(monthFromKey(first.month), -1);
  if (month.key === next.key || month.key === before.key) return null;
  return `Closed months stay one unbroken run: close ${monthName(next)} next (or ${monthName(before)}, before the first).`;
}

/** The run of closed months whose late reads and payments `month` takes: the run, when `month` comes right after it. */
function carriedRun(month: PayoutMonth, closed: ClosedRow[]): Span | null {
  const first = closed[0];
  const last = closed.at(-1);
  if (!first || !last || monthsAfter(monthFromKey(last.month), 1).key !== month.key) return null;
  return { start: monthFromKey(first.month).start, end: month.start };
}

/** An open month's statement, computed now from reads and payments. */
async function computeOpen(
  month: PayoutMonth,
  closed: ClosedRow[],
  now: Date,
  tx?: Database,
): Promise<PayoutStatement> {
  const run = carriedRun(month, closed);
  const currency = settings.BILLING_CURRENCY.toLowerCase();
  const [titles, revenue] = await Promise.all([
    sumPayoutSecondsByTitle(month, run, tx),
    sumNetRevenue(month, run, currency, tx),
  ]);
  const net = revenue.ownMinor + revenue.lateMinor;
  const poolPercent = settings.PAYOUT_POOL_PERCENT;
  const poolMinor = poolOf(net, poolPercent);
  const lines = splitPool(
    poolMinor,
    titles.map((t) => ({ publisherId: t.publisherId, seconds: t.ownSeconds + t.lateSeconds })),
  ).map((p, i) => ({
    ...p,
    slug: titles[i]!.slug,
    name: titles[i]!.name,
    lateSeconds: titles[i]!.lateSeconds,
  }));
  const refusal = closeRefusal(month, closed, now);
  return {
    month,
    closed: null,
    currency,
    poolPercent,
    netRevenueMinor: net,
    lateRevenueMinor: revenue.lateMinor,
    poolMinor,
    totalSeconds: lines.reduce((sum, l) => sum + l.seconds, 0),
    lines: lines.sort(byPayout),
    closable: refusal ? { ok: false, reason: refusal } : { ok: true },
  };
}

/** `month`'s statement: the frozen rows once closed, else computed live. */
export async function getPayoutStatement(month: PayoutMonth, now = new Date()): Promise<PayoutStatement> {
  const closed = await listClosedPayoutMonths();
  const frozen = closed.find((c) => c.month.startsWith(month.key));
  if (!frozen) return computeOpen(month, closed, now);
  const lines = await listPayoutLines(frozen.month);
  return {
    month,
    closed: { at: frozen.closedAt, by: frozen.closedBy },
    currency: frozen.currency,
    poolPercent: frozen.poolPercent,
    netRevenueMinor: frozen.netRevenueMinor,
    lateRevenueMinor: 0,
    poolMinor: frozen.poolMinor,
    totalSeconds: frozen.totalSeconds,
    lines: lines
      .map((l) => ({
        publisherId: l.publisherId,
        slug: l.publisherSlug,
        name: l.publisherName,
        seconds: l.seconds,
        lateSeconds: 0,
        share: l.share,
        payoutMinor: l.payoutMinor,
      }))
      .sort(byPayout),
    closable: { ok: false, reason: `${monthName(month)} is already closed.` },
  };
}

/**
 * Closes `month` (admins only): computes its statement and freezes it in payout_months + payout_lines, with its
 * audit entry, in one transaction. Refuses a month not over yet, one already closed, and one that would break
 * the run of closed months (EditorialInputError, a message for the form).
 */
export async function closePayoutMonth(
  actor: User,
  month: PayoutMonth,
  now = new Date(),
): Promise<PayoutStatement> {
  assertRole(actor, "admin");
  return withTransaction(async (tx) => {
    await lockPayoutMonths(tx);
    const closed = await listClosedPayoutMonths(tx);
    const statement = await computeOpen(month, closed, now, tx);
    if (!statement.closable.ok) throw new EditorialInputError(statement.closable.reason);
    const monthDay = `${month.key}-01`;
    const row = await insertClosedPayoutMonth(
      tx,
      {
        month: monthDay,
        currency: statement.currency,
        poolPercent: statement.poolPercent,
        netRevenueMinor: statement.netRevenueMinor,
        poolMinor: statement.poolMinor,
        totalSeconds: statement.totalSeconds,
        closedBy: actor.id,
        closedAt: now,
      },
      statement.lines.map((l) => ({
        month: monthDay,
        publisherId: l.publisherId,
        publisherSlug: l.slug,
        publisherName: l.name,
        seconds: l.seconds,
        share: l.share,
        payoutMinor: l.payoutMinor,
      })),
    );
    // Editors read the audit log and may not see revenue: the entry names the month, not its money.
    await insertAuditEntry(tx, {
      actor,
      action: "payouts.close",
      entityType: "payout_month",
      entityId: month.key,
      summary: `Closed the payouts of ${monthName(month)} (${statement.lines.length} titles)`,
      after: { month: month.key, titles: statement.lines.length, totalSeconds: statement.totalSeconds },
    });
    return { ...statement, closed: { at: row.closedAt, by: actor.id }, closable: { ok: false, reason: "" } };
  });
}
