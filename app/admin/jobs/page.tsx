import { requireRole } from "@/lib/auth/session";
import { getJobsOverview } from "@/lib/jobs/overview";
import { TableRegion } from "../_components/table-region";
import { RetryButton } from "./retry-button";
import { utcMinute } from "../_lib/format";

export const metadata = { title: "Jobs" };

const STATES = ["created", "retry", "active", "completed", "failed", "cancelled"] as const;
const cell = "px-2 py-1.5 text-left align-top";

export default async function JobsPage() {
  await requireRole("editor", "/admin/jobs");
  const { queues, failures, feeds } = await getJobsOverview();
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Jobs</h1>
      <p className="mb-6 text-sm text-neutral-700 dark:text-neutral-300">
        Background work (mail, feed polls, reminders, scheduled picks) on the job engine. Completed jobs are
        kept for a day.
      </p>

      <h2 className="mb-2 text-xl font-semibold">Queues</h2>
      <TableRegion label="Queues by state" className="mb-8">
        <table className="w-full text-sm">
          <caption className="sr-only">Jobs in each queue, by state</caption>
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className={cell}>
                Queue
              </th>
              {STATES.map((state) => (
                <th key={state} scope="col" className={`${cell} text-right`}>
                  {state}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => (
              <tr key={q.name} className="border-b border-neutral-200 dark:border-neutral-800">
                <th scope="row" className={`${cell} font-medium`}>
                  {q.name}
                </th>
                {STATES.map((state) => (
                  <td key={state} className={`${cell} text-right tabular-nums`}>
                    {q.counts[state] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>

      <h2 className="mb-2 text-xl font-semibold">Recent failures</h2>
      {failures.length === 0 ? (
        <p className="mb-8">No failed jobs.</p>
      ) : (
        <ul aria-label="Recent failures" className="mb-8 divide-y divide-neutral-200 dark:divide-neutral-800">
          {failures.map((job) => (
            <li key={job.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
              <div>
                <p className="font-medium">
                  {job.name} · {utcMinute(job.failedAt)} · {job.retries}{" "}
                  {job.retries === 1 ? "retry" : "retries"}
                </p>
                <p className="text-sm break-all text-red-800 dark:text-red-300">{job.error}</p>
              </div>
              {!job.archived && <RetryButton name={job.name} id={job.id} />}
            </li>
          ))}
        </ul>
      )}

      <h2 className="mb-2 text-xl font-semibold">Feeds in trouble</h2>
      {feeds.length === 0 ? (
        <p>Every feed is polling normally.</p>
      ) : (
        <ul aria-label="Feeds in trouble" className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {feeds.map((feed) => (
            <li key={feed.slug} className="py-2">
              <p className="font-medium">
                {feed.name} ·{" "}
                {feed.pausedAt
                  ? `PAUSED since ${utcMinute(feed.pausedAt)} after ${feed.failures} failures`
                  : `failing ×${feed.failures}`}
                {feed.lastSuccessAt && ` · last worked ${utcMinute(feed.lastSuccessAt)}`}
              </p>
              <p className="text-sm break-all text-red-800 dark:text-red-300">
                {feed.lastError ?? "No error kept."}
              </p>
            </li>
          ))}
        </ul>
      )}
      {feeds.some((f) => f.pausedAt) && (
        <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
          A paused feed is polled again once someone polls it by hand:{" "}
          <code>npm run feeds -- poll --title &lt;slug&gt;</code>.
        </p>
      )}
    </>
  );
}
