// How the admin pages write a moment and a count, one way everywhere (jobs, analytics, payouts).

/** "2026-03-01 09:30 UTC": to the minute, in UTC like every admin figure. */
export const utcMinute = (at: Date) => at.toISOString().replace("T", " ").slice(0, 16) + " UTC";

/** "12,345". */
export const count = (n: number) => n.toLocaleString("en-GB");
