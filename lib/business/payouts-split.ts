// The arithmetic of a payout month (README "Publisher payouts"): the pool from net revenue, and each title's
// part of it by reading seconds, in whole minor units that always add up to the pool (largest remainder).
// Pure and exact (BigInt): no floating point decides who gets a penny.

export interface TitleSeconds {
  publisherId: number;
  seconds: number;
}

export interface TitlePayout extends TitleSeconds {
  /** seconds ÷ all titles' seconds (0 when nobody read). */
  share: number;
  payoutMinor: number;
}

/** The pool: `percent` (two decimals at most) of the net revenue, rounded down; nothing when the net is not positive. */
export function poolOf(netRevenueMinor: number, percent: number): number {
  if (netRevenueMinor <= 0) return 0;
  const basisPoints = BigInt(Math.round(percent * 100));
  return Number((BigInt(Math.trunc(netRevenueMinor)) * basisPoints) / 10_000n);
}

/**
 * Splits `poolMinor` by seconds: each title gets ⌊pool × seconds ÷ total⌋, then the minor units left over go
 * one each to the largest remainders (ties: more seconds first, then the lower publisher id), so the payouts
 * sum exactly to the pool. With no seconds at all nothing is paid out.
 */
export function splitPool(poolMinor: number, titles: TitleSeconds[]): TitlePayout[] {
  const total = titles.reduce((sum, t) => sum + BigInt(t.seconds), 0n);
  if (total === 0n) return titles.map((t) => ({ ...t, share: 0, payoutMinor: 0 }));
  const pool = BigInt(poolMinor);
  const parts = titles.map((t) => {
    const exact = pool * BigInt(t.seconds);
    return { title: t, floor: exact / total, remainder: exact % total };
  });
  let left = pool - parts.reduce((sum, p) => sum + p.floor, 0n);
  const order = [...parts].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      b.title.seconds - a.title.seconds ||
      a.title.publisherId - b.title.publisherId,
  );
  for (const part of order) {
    if (left === 0n) break;
    part.floor += 1n;
    left -= 1n;
  }
  return parts.map(({ title, floor }) => ({
    ...title,
    share: Number(title.seconds) / Number(total),
    payoutMinor: Number(floor),
  }));
}
