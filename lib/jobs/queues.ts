import "server-only";
import type PgBoss from "pg-boss";
import { settings } from "@/lib/config/settings";
import { purgeOldOutboxEmails } from "@/lib/db/queries/outbox-emails";
import { rollUpReading } from "@/lib/db/queries/reading-rollup";
import { deliverDueMails } from "@/lib/email/delivery";
import { pollDueFeeds, pollFeedJob } from "@/lib/feeds/poll-jobs";
import { purgeExpiredViews } from "@/lib/reading/reading-time";

// Every kind of background work, in one list: its queue's retry policy, how many run at once in an instance,
// its schedule (cron, UTC; fired once per minute slot across all instances) and what it does.

export interface JobDefinition {
  name: string;
  queue: Omit<PgBoss.Queue, "name">;
  /** Jobs of this kind running at once in one instance. */
  concurrency: number;
  cron?: string;
  run: (data: Record<string, unknown>) => Promise<unknown>;
}

const minutes = (n: number) => n * 60;

export const jobDefinitions: JobDefinition[] = [
  {
    // Mail first tried in the request that queued it (lib/email/send.ts); this sends what is due a retry and what
    // an instance queued before it stopped. The outbox row's own lease and backoff keep each mail sent once.
    name: "mail-deliver",
    queue: { retryLimit: 2, retryDelay: 30, expireInSeconds: minutes(10) },
    concurrency: 1,
    cron: "* * * * *",
    run: () => deliverDueMails(),
  },
  {
    name: "mail-purge",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(10) },
    concurrency: 1,
    cron: "17 * * * *",
    run: () => purgeOldOutboxEmails(settings.MAIL_RETENTION_DAYS),
  },
  {
    // Reading-time views whose token has expired: nothing more can be counted on them.
    name: "read-views-purge",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(10) },
    concurrency: 1,
    cron: "41 * * * *",
    run: () => purgeExpiredViews(),
  },
  {
    // Finds titles whose feed is due and queues one feed-poll each.
    name: "feeds-due",
    queue: { retryLimit: 1, retryDelay: 30, expireInSeconds: minutes(5) },
    concurrency: 1,
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
    // Whole days of reading into reading_daily, so the dashboard and payouts never scan months of reads.
    name: "reading-rollup",
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: minutes(15) },
    concurrency: 1,
    cron: "7 * * * *",
    run: () => rollUpReading(),
  },
];
