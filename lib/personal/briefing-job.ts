import "server-only";
import {
  claimBriefingSend,
  listDueBriefings,
  purgeOldBriefingSends,
  setBriefingMailId,
  type DueBriefing,
} from "@/lib/db/queries/briefing";
import type { ArticleCard } from "@/lib/db/queries/article-fields";
import { getDb } from "@/lib/db/client";
import { runsOnOneConnection } from "@/lib/db/open";
import { withTransaction } from "@/lib/db/queries/transaction";
import { deliverNow, storeMails } from "@/lib/email/send";
import { buildBriefing, countStories, loadBriefingPicks } from "./briefing-content";
import { briefingMail } from "./briefing-mail";

// The job engine's `briefing-send` job (every 15 minutes, lib/jobs/queues.ts): every subscriber whose local clock
// has reached their hour and who has no briefing for their local date gets one. The content is read first (on
// PGlite nothing may query beside an open transaction); then the claim row and the outbox mail are written in ONE
// transaction, so two instances or a rerun send it once. A day with nothing to send is claimed too, with
// story_count 0 and no mail: the reader is not re-examined every quarter hour until midnight.

const BATCH = 200;
/**
 * Readers sent at once on PostgreSQL: a send waits on the database (a read, then a transaction) about as long as
 * it computes, so a few overlap on the pool. PGlite is one connection, on which nothing may query beside an open
 * transaction: one at a time there.
 */
export const SENDS_AT_ONCE = 4;
/** How long a reader's past briefings (date, story count) are kept: the export shows them, nothing else needs them. */
export const BRIEFING_HISTORY_DAYS = 90;

export interface BriefingRun {
  sent: number;
  empty: number;
}

export async function sendDueBriefings(now = new Date()): Promise<BriefingRun> {
  const run: BriefingRun = { sent: 0, empty: 0 };
  const picks = await loadBriefingPicks(); // the same for every reader of the run
  const atOnce = runsOnOneConnection(await getDb()) ? 1 : SENDS_AT_ONCE;
  let after: string | undefined;
  for (;;) {
    // From where the last page ended: starting from the top again passed over every reader claimed so far
    // (at 100,000 due, a page halfway through a run took 150 ms instead of 5).
    const due = await listDueBriefings(now, BATCH, after);
    for (let i = 0; i < due.length; i += atOnce) {
      for (const outcome of await sendAll(due.slice(i, i + atOnce), now, picks))
        if (outcome !== "taken") run[outcome]++;
    }
    if (due.length < BATCH) return run;
    after = due.at(-1)?.userId;
  }
}

/** Sends to these readers at once; every send ends before the first failure, if any, is thrown. */
export async function sendAll(readers: DueBriefing[], now: Date, picks: ArticleCard[]) {
  const settled = await Promise.allSettled(readers.map((reader) => sendBriefing(reader, now, picks)));
  return settled.map((result) => {
    if (result.status === "rejected") throw result.reason;
    return result.value;
  });
}

/**
 * One due reader's briefing: read, then claim the day and store the mail in one transaction, then try delivery.
 * "taken" when another instance (or an earlier run) claimed that day first.
 */
export async function sendBriefing(
  { userId, email, localDate }: DueBriefing,
  now: Date,
  picks: ArticleCard[],
): Promise<"sent" | "empty" | "taken"> {
  const briefing = await buildBriefing(userId, now, picks);
  const storyCount = countStories(briefing);
  const toDeliver = await withTransaction(async (tx) => {
    if (!(await claimBriefingSend(tx, { userId, localDate, storyCount }))) return null;
    if (storyCount === 0) return [];
    const { ids, queued } = await storeMails([briefingMail(email, userId, briefing, localDate)], tx);
    if (ids[0] !== undefined) await setBriefingMailId(tx, userId, localDate, ids[0]);
    return queued ? ids : [];
  });
  if (toDeliver === null) return "taken";
  await deliverNow(toDeliver);
  return storyCount === 0 ? "empty" : "sent";
}

/** The daily `briefing-purge` job: a row per reader per day would otherwise grow for ever. */
export function purgeOldBriefings(): Promise<number> {
  return purgeOldBriefingSends(BRIEFING_HISTORY_DAYS);
}
