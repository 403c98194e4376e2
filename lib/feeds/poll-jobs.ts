import "server-only";
import { listDueFeedIds } from "@/lib/db/queries/feeds";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { pollFeed } from "./poll";

// The feed jobs (lib/jobs/queues.ts): each minute, queue a poll for every due feed; each poll runs as its own job
// (one waiting and one running per title at most), so a slow or failing feed holds up nothing else.

const DUE_PER_RUN = 500;

export async function pollDueFeeds(): Promise<number> {
  const ids = await listDueFeedIds(DUE_PER_RUN);
  for (const feedId of ids) await enqueueJob("feed-poll", { feedId }, { singletonKey: `feed:${feedId}` });
  return ids.length;
}

export async function pollFeedJob(feedId: number): Promise<void> {
  if (!Number.isInteger(feedId)) throw new Error(`feed-poll: bad feed id ${feedId}`);
  await pollFeed(feedId);
}
