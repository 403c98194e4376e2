// Feed ingestion speed: parse + clean + store of one large feed, and one poll round over 135 titles fed by the wire.
//   npx tsx --conditions=react-server scripts/bench/ingest.ts [--items 2000]
// Or from the main bench. A fresh database of its own (in-memory PGlite; a scratch database on DATABASE_URL's
// server when set), a loopback feed server and the local wire in-process; images are left out (timed apart).
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { startWire } from "../../emulators/wire/src/server";
import { settings } from "../../lib/config/settings";
import { setDatabase } from "../../lib/db/client";
import { setTitleFeed } from "../../lib/db/queries/feeds";
import { openThrowawayDatabase } from "../../lib/db/scratch";
import { pollFeed } from "../../lib/feeds/poll";
import { item, rss, send, startFeedServer } from "../../lib/feeds/testing/feed-server";
import { createPublisher, createTopic } from "../../lib/testing/factories/content";

export interface IngestResult {
  items: number;
  itemsPerSecond: number;
  titles: number;
  pollRoundMs: number;
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a story with <a href="/link?utm_source=x">a link</a> and <script>x()</script> to clean.</p>`;

export async function measureIngest(
  options: { items?: number; titles?: number } = {},
): Promise<IngestResult> {
  const count = options.items ?? 2000;
  const titles = options.titles ?? 135;
  const scratch = await openThrowawayDatabase(settings.DATABASE_URL, "ingest_bench");
  setDatabase(scratch.db);
  const server = await startFeedServer();
  const wire = await startWire({ port: 0 });
  const mutable = settings as unknown as Record<string, unknown>;
  const warn = console.warn;
  console.warn = () => {}; // one "purge skipped outside a request" per poll
  Object.assign(mutable, {
    FEEDS_PRIVATE_HOSTS: [server.host, new URL(wire.url).host],
    FEEDS_HOST_GAP_MS: 0,
  });
  try {
    for (const slug of [
      "world",
      "uk",
      "us",
      "politics",
      "business",
      "health",
      "sport",
      "culture",
      "environment",
    ])
      await createTopic({ slug, name: slug });
    const body = Array.from({ length: 6 }, (_, i) => paragraph(i)).join("");
    const items = Array.from({ length: count }, (_, n) =>
      item({
        guid: `bench-${n}`,
        title: `Bench story ${n} &amp; more`,
        link: `https://bench.example/${n}`,
        description: `Summary ${n}`,
        "content:encoded": `<![CDATA[${body}]]>`,
        category: n % 2 ? "Sport" : "Business",
      }),
    );
    server.route("/bench.xml", send(rss(items.join(""))));
    const big = await createPublisher();
    await setTitleFeed(big.slug, `${server.origin}/bench.xml`);
    const started = performance.now();
    const report = await pollFeed(big.id);
    const seconds = (performance.now() - started) / 1000;
    if (report.added !== count) throw new Error(`stored ${report.added} of ${count}: ${report.error ?? ""}`);
    // The wire's 135 titles without images (they are a separate fetch each): one round, 3 at a time as the jobs run.
    const ids: number[] = [];
    for (let i = 0; i < titles; i++) {
      const title = await createPublisher();
      await setTitleFeed(title.slug, `${wire.url}/titles/${title.slug}/feed.xml`);
      ids.push(title.id);
    }
    const roundStart = performance.now();
    const queue = [...ids];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) await pollFeed(id);
    };
    await Promise.all([worker(), worker(), worker()]);
    return {
      items: count,
      itemsPerSecond: count / seconds,
      titles,
      pollRoundMs: performance.now() - roundStart,
    };
  } finally {
    console.warn = warn;
    await wire.close();
    await server.close();
    await scratch.drop();
  }
}

export function printIngest(result: IngestResult): void {
  console.log(
    `  parse + clean + store: ${Math.round(result.itemsPerSecond)} items/s (${result.items} items, one feed)`,
  );
  console.log(
    `  one poll round of ${result.titles} wire titles, 3 at a time: ${(result.pollRoundMs / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { items: { type: "string", default: "2000" } } });
  measureIngest({ items: Number(values.items) })
    .then(printIngest)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
