import "server-only";
import type PgBoss from "pg-boss";
import { sendDueTrialReminders } from "@/lib/billing/trial-reminders";
import { settings } from "@/lib/config/settings";
import { purgeOldOutboxEmails } from "@/lib/db/queries/outbox-emails";
import { backfillMembershipHistory } from "@/lib/business/history-backfill";
import { reconcileWithStripe } from "@/lib/business/reconciliation";
import { rollUpReading } from "@/lib/db/queries/reading-rollup";
import { deliverDueMails } from "@/lib/email/delivery";
import { pollDueFeeds, pollFeedJob } from "@/lib/feeds/poll-jobs";
import { purgeOldBriefings, sendDueBriefings } from "@/lib/personal/briefing-job";
import { purgeExpiredViews } from "@/lib/reading/reading-time";
import { getJobEngine } from "./engine";
import { PICKS_PURGE, purgePicks, schedulePicksPurges } from "./scheduled-picks";

// Every kind of background work, in one list: its queue's retry policy, how many run at once in an instance,
// its schedule (cron, UTC; fired once per minute slot across all instances), how often an idle worker asks for
// work, and what it does.

export interface JobDefinition {
  name: string;
  queue: Omit<PgBoss.Queue, "name">;
  /** Queued once each time workers start (idempotent work a deployment needs done, e.g. a backfill). */
  atStart?: boolean;
  /** Jobs of this kind running at once in one instance (1 unless said). */
  concurrency?: number;
  cron?: string;
  /**
   * Seconds an idle worker waits before asking again. Long (RELAXED_POLL_SECONDS, unless said) where a job's moment
   * is loose: cron jobs run within half a minute of their minute, and a job sent from this instance wakes its
   * workers at once (enqueue.ts). Short only where the moment is the point (a pick starting at 09:00).
   */
  pollSeconds?: number;
  run: (data: Record<string, unknown>) => Promise<unknown>;
}

const minutes = (n: number) => n * 60;
export const RELAXED_POLL_SECONDS = 30;
export const RECONCILE_JOB = "stripe-reconcile";

export const jobDefinitions: JobDefinition[] = [
  {
    // Mail first tried in the request that queued it (lib/email/send.ts); this sends what is due a retry and what
    // an instance queued before it stopped. The outbox row's own lease and backoff keep each mail sent once.
    name: "mail-deliver",
    queue: { retryLimit: 2, retryDelay: 30, expireInSeconds: minutes(10) },
    cron: "* * * * *",
    run: () => deliverDueMails(),
  },
  {
    name: "mail-purge",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(10) },
    cron: "17 * * * *",
    run: () => purgeOldOutboxEmails(settings.MAIL_RETENTION_DAYS),
  },
  {
    // Reading-time views whose token has expired: nothing more can be counted on them.
    name: "read-views-purge",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(10) },
    cron: "41 * * * *",
    run: () => purgeExpiredViews(),
  },
  {
    // Finds titles whose feed is due and queues one feed-poll each.
    name: "feeds-due",
    queue: { retryLimit: 1, retryDelay: 30, expireInSeconds: minutes(5) },
    cron: "* * * * *",
    run: () => pollDueFeeds(),
  },
  {
    // One title's fetch, parse and store. "stately": per title at most one waiting and one running.
    name: "feed-poll",
    queue: {
      policy: "stately",
      retryLimit: 2,
      retryDelay: 60,
      retryBackoff: true,
      expireInSeconds: minutes(10),
    },
    concurrency: 3,
    run: (data) => pollFeedJob(Number(data.feedId)),
  },
  {
    // Whole days of reading into the daily roll-ups, so the dashboard never scans months of reads.
    name: "reading-rollup",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(15) },
    cron: "7 * * * *",
    run: () => rollUpReading(),
  },
  {
    // Daily, and from /admin ("Run now"): Stripe's subscriptions against our mirror; drift recorded and re-synced.
    // "stately": one waiting and one running at most, so a burst of clicks is one run.
    name: RECONCILE_JOB,
    queue: { policy: "stately", retryLimit: 1, retryDelay: 300, expireInSeconds: minutes(30) },
    cron: "23 4 * * *",
    run: () => reconcileWithStripe(),
  },
  {
    // Memberships with no history (a database from before it) get their backfill rows; a no-op once done.
    name: "history-backfill",
    queue: { policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(30) },
    atStart: true,
    run: () => backfillMembershipHistory(),
  },
  {
    // Hourly, and at once when Stripe says a trial ends soon (the webhook queues it). "stately": one waiting at most.
    name: "trial-reminders",
    queue: { policy: "stately", retryLimit: 3, retryDelay: 60, expireInSeconds: minutes(10) },
    cron: "12 * * * *",
    run: () => sendDueTrialReminders(),
  },
  {
    // Daily briefings whose local hour has come; each reader's day is claimed with its mail (lib/personal).
    name: "briefing-send",
    queue: { policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(14) },
    cron: "*/15 * * * *",
    run: () => sendDueBriefings(),
  },
  {
    name: "briefing-purge",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(10) },
    cron: "23 3 * * *",
    run: () => purgeOldBriefings(),
  },
  {
    // Queues a picks-purge for each pick start and end (also straight after a save).
    name: "picks-schedule",
    queue: { policy: "stately", retryLimit: 1, retryDelay: 10, expireInSeconds: minutes(2) },
    cron: "* * * * *",
    run: async () => schedulePicksPurges(await getJobEngine()),
  },
  {
    // Purges the picks' caches at the moment a pick starts or ends (startAfter): on time within its 5 s poll.
    name: PICKS_PURGE,
    queue: { retryLimit: 3, retryDelay: 5, expireInSeconds: minutes(2) },
    pollSeconds: 5,
    run: () => purgePicks(),
  },
];
