import { parseArgs } from "node:util";
import { settings } from "../../lib/config/settings";

export interface BenchArgs {
  articles: number;
  /** Generated readers for the personal rows (follows, mutes, history each: scripts/bench/readers.ts). */
  readers: number;
  /** A database to use as is (filled up to `articles` when it has fewer). */
  databaseUrl?: string;
  /** A PostgreSQL server on which to create a scratch database; else PGlite. */
  serverUrl?: string;
  duration: number;
  connections: number;
  skipBuild: boolean;
  /** Only the reader queries: no build, no server, no HTTP load. */
  queriesOnly: boolean;
  /** Only the personal query rows (For You, home with mutes). */
  personalOnly: boolean;
  keep: boolean;
  iterations: number;
  /** The analytics rows' data: members (with two years of history) and reads (rolled up by day). */
  members: number;
  reads: number;
  analyticsIterations: number;
  /** Only the analytics rows (no reader queries, build or load); or everything but them. */
  analyticsOnly: boolean;
  skipAnalytics: boolean;
  /** Only these page rows (by name; the reference always): no query, analytics, two-instance or later rows. */
  pages?: string[];
  /** Where to write a CPU profile of the server per page row (scripts/bench/cpu-profile.ts), if anywhere. */
  cpuProfile?: string;
}

/** What `--help` prints; the README's "Benchmark" says what each row measures. */
export const BENCH_USAGE = `npm run bench -- [options]   (README.md, "Benchmark", says what each row measures)
  --articles N            articles to fill the database with (100000)
  --readers N             generated readers for the personal and briefing rows (10000)
  --database-url URL      a PostgreSQL database to use as it is, filled up to --articles (else PGlite)
  --duration S            seconds per page row (10); --connections N (50); --iterations N per query (200)
  --page NAME             only this page row (repeatable; the /about reference always runs)
  --cpu-profile DIR       a CPU profile of the server per page row, with its busiest functions
  --skip-build            use the last build in .next-bench; --keep keeps the scratch database
  --queries-only          only the reader queries (no analytics); --personal-only only the personal rows
  --members N, --reads N  the analytics rows' size (100000, 10000000); --analytics-iterations N (30)
  --analytics-only        only the analytics rows; --skip-analytics everything but them
  --help                  this text`;

/** Thrown for a command line the bench cannot run: its message is the whole story (no stack). */
export class UsageError extends Error {}

export function readArgs(argv: string[]): BenchArgs | "help" {
  let parsed;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${BENCH_USAGE}`);
  }
  if (parsed.help) return "help";
  return toBenchArgs(parsed);
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: "boolean", default: false },
      articles: { type: "string", default: "100000" },
      readers: { type: "string", default: "10000" },
      "database-url": { type: "string" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      iterations: { type: "string", default: "200" },
      "skip-build": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      "queries-only": { type: "boolean", default: false },
      members: { type: "string", default: "100000" },
      reads: { type: "string", default: "10000000" },
      "analytics-iterations": { type: "string", default: "30" },
      "analytics-only": { type: "boolean", default: false },
      "skip-analytics": { type: "boolean", default: false },
      "personal-only": { type: "boolean", default: false },
      page: { type: "string", multiple: true },
      "cpu-profile": { type: "string" },
    },
  });
  return values;
}

function toBenchArgs(values: ReturnType<typeof parseOptions>): BenchArgs {
  const number = (name: string, raw: string | undefined, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const pages = values.page;
  return {
    articles: number("articles", values.articles, 1),
    readers: number("readers", values.readers, 1),
    databaseUrl: values["database-url"] ?? settings.BENCH_DATABASE_URL,
    serverUrl: settings.DATABASE_URL,
    duration: number("duration", values.duration, 1),
    connections: number("connections", values.connections, 1),
    iterations: number("iterations", values.iterations, 10),
    skipBuild: values["skip-build"] ?? false,
    keep: values.keep ?? false,
    queriesOnly: (values["queries-only"] ?? false) || (values["personal-only"] ?? false),
    personalOnly: values["personal-only"] ?? false,
    members: number("members", values.members, 1),
    reads: number("reads", values.reads, 0),
    analyticsIterations: number("analytics-iterations", values["analytics-iterations"], 10),
    analyticsOnly: values["analytics-only"] ?? false,
    // Only the reader queries (or the personal ones, or some page rows): the analytics fill (~450 s at full size)
    // would be for nothing.
    skipAnalytics:
      (values["skip-analytics"] ?? false) ||
      (values["queries-only"] ?? false) ||
      (values["personal-only"] ?? false) ||
      pages !== undefined,
    pages,
    cpuProfile: values["cpu-profile"],
  };
}
