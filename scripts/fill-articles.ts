import cliProgress from "cli-progress";
import { withDeferredIndexes } from "../drizzle/seed/deferred-indexes";
import { seedContent, type SeedOptions } from "../drizzle/seed/index";
import type { Database } from "../lib/db/open";

// Generated articles in batches with a progress bar: `npm run db:seed` and the benchmark's own database.

/** From this many articles a fill drops the secondary indexes and builds them once at the end. */
const DEFER_INDEXES_FROM = 50_000;

export async function fillArticles(
  db: Database,
  options: Omit<SeedOptions, "onProgress"> & { deferIndexes?: boolean },
): Promise<void> {
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {percentage}% | {value}/{total} articles | {rate}/s | eta {eta_formatted}" },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const rate = (done: number) => Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
  const defer = options.deferIndexes ?? options.articles >= DEFER_INDEXES_FROM;
  const fill = async () => {
    bar.start(options.articles, 0, { rate: 0 });
    try {
      await seedContent(db, { ...options, onProgress: (done) => bar.update(done, { rate: rate(done) }) });
    } finally {
      bar.stop();
    }
    if (defer) console.log("rebuilding the articles' indexes…");
  };
  if (defer) await withDeferredIndexes(db, "articles", fill);
  else await fill();
}
