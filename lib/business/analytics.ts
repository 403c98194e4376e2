import "server-only";
import type { User } from "../db/schema";
import { getMembershipFigures, type MembershipFigures } from "./membership-figures";
import { DAY, dayKey, periodSchema, type Period } from "./period";
import { getReadingFigures, type ReadingFigures } from "./reading-figures";

// What /admin/analytics shows a caller: admins everything, editors the reading figures only.

export interface Analytics {
  period: Period;
  membership: MembershipFigures | null;
  reading: ReadingFigures;
}

/** The period form's fields as asked (or defaulted), shown back in the form. */
export interface PeriodValues {
  from: string;
  to: string;
  granularity: string;
}

/** The period asked for in the query string, else the last twelve weeks by week; or the reason it is refused. */
export function parsePeriod(
  query: Record<string, string | string[] | undefined>,
): { values: PeriodValues } & ({ ok: true; period: Period } | { ok: false; message: string }) {
  const today = dayKey(new Date());
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const values: PeriodValues = {
    from: one(query.from) ?? dayKey(new Date(Date.now() - 83 * DAY)),
    to: one(query.to) ?? today,
    granularity: one(query.granularity) ?? "week",
  };
  const parsed = periodSchema.safeParse(values);
  if (parsed.success) return { ok: true, period: parsed.data, values };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "That period cannot be shown.", values };
}

export async function getAnalytics(user: Pick<User, "role">, period: Period): Promise<Analytics> {
  const [membership, reading] = await Promise.all([
    user.role === "admin" ? getMembershipFigures(period) : Promise.resolve(null),
    getReadingFigures(period),
  ]);
  return { period, membership, reading };
}
