// Titles' feeds (lib/feeds) from the command line.
//   npm run feeds -- add <url> --title <slug> [--topic <slug>]   point a title at a feed and poll it once
//   npm run feeds -- poll [--title <slug>]                       poll one title (even if paused), or every due one
//   npm run feeds -- list                                        every feed with its state and last error
// Uses DATABASE_URL, else the embedded PGlite in $DATA_DIR (stop the app first: one process per data dir).
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { getDb } from "../lib/db/client";
import { findFeedTarget, listDueFeedIds, listFeedTargets, setTitleFeed } from "../lib/db/queries/feeds";
import { closeDatabase } from "../lib/db/open";
import { pollFeed, type PollReport } from "../lib/feeds/poll";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: "string" }, topic: { type: "string" } },
});

function print(report: PollReport): void {
  const counts = `${report.items} items, ${report.added} new, ${report.updated} updated`;
  console.log(`${report.slug}: ${report.status}${report.error ? ` — ${report.error}` : ` (${counts})`}`);
}

async function pollWithProgress(publisherId: number, force: boolean): Promise<PollReport> {
  const bar = new SingleBar({
    format: "  {bar} {value}/{total} items",
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  const report = await pollFeed(publisherId, {
    force,
    onProgress: (done, total) => {
      if (!started && total > 500) {
        started = true;
        bar.start(total, 0);
      }
      if (started) bar.update(done);
    },
  });
  if (started) bar.stop();
  return report;
}

async function add(url: string | undefined, slug: string | undefined): Promise<void> {
  if (!url || !slug) throw new Error("usage: npm run feeds -- add <url> --title <slug> [--topic <slug>]");
  const id = await setTitleFeed(slug, url, values.topic);
  if (id === null) throw new Error(`no title with the slug "${slug}"`);
  print(await pollWithProgress(id, true));
}

async function poll(slug: string | undefined): Promise<void> {
  if (slug) {
    const target = await findFeedTarget({ slug });
    if (!target) throw new Error(`no title "${slug}" with a feed`);
    print(await pollWithProgress(target.publisherId, true));
    return;
  }
  const ids = await listDueFeedIds(10_000);
  console.log(`${ids.length} feeds due`);
  for (const [i, id] of ids.entries()) {
    process.stdout.write(`[${i + 1}/${ids.length}] `);
    print(await pollWithProgress(id, false));
  }
}

async function list(): Promise<void> {
  for (const { slug, feedUrl, state } of await listFeedTargets()) {
    const status = state?.pausedAt
      ? "PAUSED"
      : state?.consecutiveFailures
        ? `failing ×${state.consecutiveFailures}`
        : "ok";
    const last = state?.lastSuccessAt ? state.lastSuccessAt.toISOString() : "never";
    const next = state?.nextPollAt ? state.nextPollAt.toISOString() : "now";
    console.log(
      `${slug}  ${feedUrl}\n  ${status}; last success ${last}; next poll ${next}; ${state?.articlesAdded ?? 0} added, ${state?.articlesUpdated ?? 0} updated${state?.lastError ? `\n  last error: ${state.lastError}` : ""}`,
    );
  }
}

async function main(): Promise<void> {
  const [command, arg] = positionals;
  if (command === "add") await add(arg, values.title);
  else if (command === "poll") await poll(values.title);
  else if (command === "list") await list();
  else throw new Error("usage: npm run feeds -- add <url> --title <slug> | poll [--title <slug>] | list");
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => closeDatabase(await getDb()));
