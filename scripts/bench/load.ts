import autocannon from "autocannon";

// HTTP load with autocannon: each target is warmed up, then measured for `duration` seconds.

export interface Target {
  name: string;
  /** Paths taken in turn, so a page is not measured on one cached entry only. */
  paths: string[];
  /** Minimum share of the reference's req/s, when there is a target. */
  minRatio?: number;
  /** The p99 the row must stay under (default P99_TARGET_MS), or at most with `p99Inclusive`. */
  maxP99?: number;
  /** Load it this way instead of the run's --connections / --duration (the long row). */
  connections?: number;
  duration?: number;
  /** Measured for the record, with no target (e.g. what a page costs when no cache can answer). */
  untargeted?: boolean;
  /** Sent with every request (a session cookie). */
  headers?: Record<string, string>;
  /** A POST with this JSON body instead of a GET (the reader's own parts, POST /api/me). */
  jsonBody?: string;
  /**
   * How many requests make one of what the row counts (a new search: its page and its results, GET /api/search):
   * req/s is divided by it, so the ratio compares searches with pages.
   */
  requestsPerUnit?: number;
  /** Text every warm-up response must contain, and text none may, to prove the row measures what it says. */
  expectText?: string;
  rejectText?: string;
}

export interface LoadResult {
  name: string;
  path: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  minRatio?: number;
  maxP99?: number;
  untargeted?: boolean;
  connections: number;
  duration: number;
  /** The server's CPU time per request (per unit, see requestsPerUnit) during the measured load, where known. */
  cpuMsPerUnit?: number;
}

/** Warm-up requests per target: enough to fill caches and JIT, not one per path of a long list. */
const WARM_PATHS = 50;

async function warm(baseUrl: string, target: Target): Promise<void> {
  for (const p of target.paths.slice(0, WARM_PATHS)) {
    const res = await fetch(baseUrl + p, { ...requestOf(target) });
    const body = await res.text();
    if (!res.ok) throw new Error(`${target.name}: ${p} answered ${res.status} during warm-up`);
    if (target.expectText && !body.includes(target.expectText))
      throw new Error(`${target.name}: ${p} lacks "${target.expectText}"`);
    if (target.rejectText && body.includes(target.rejectText))
      throw new Error(`${target.name}: ${p} holds "${target.rejectText}"`);
  }
}

/**
 * Every row asks for gzip as every browser does (the reference too): without it a 200 KB page measures the
 * load generator more than the server (the home page's server sat 89 % idle at 400 req/s, profiled).
 */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

function requestOf(target: Target): { method: string; headers: Record<string, string>; body?: string } {
  const headers = { ...BROWSER_HEADERS, ...target.headers };
  if (target.jsonBody === undefined) return { method: "GET", headers };
  return {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: target.jsonBody,
  };
}

// The path rotation carries on from warm-up to measurement, so a list longer than both never repeats.
function fire(
  baseUrl: string,
  target: Target,
  connections: number,
  duration: number,
  rotation: { i: number },
) {
  return autocannon({
    url: baseUrl,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        ...(requestOf(target) as { method: "GET" | "POST"; headers?: Record<string, string>; body?: string }),
        setupRequest: (req) => ({ ...req, path: target.paths[rotation.i++ % target.paths.length] ?? "/" }),
      },
    ],
  });
}

export async function measure(
  baseUrl: string,
  target: Target,
  runConnections: number,
  runDuration: number,
  /** Wraps the measured load only (after warm-up): the CPU profile of --cpu-profile. */
  around: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  /** The server's CPU ms so far (process-tree.ts), read before and after the measured load. */
  serverCpuMs: () => number | undefined = () => undefined,
): Promise<LoadResult> {
  const connections = target.connections ?? runConnections;
  const duration = target.duration ?? runDuration;
  const rotation = { i: WARM_PATHS };
  await warm(baseUrl, target);
  await fire(baseUrl, target, connections, Math.min(3, duration), rotation);
  const cpuBefore = serverCpuMs();
  const r = await around(() => fire(baseUrl, target, connections, duration, rotation));
  const cpuAfter = serverCpuMs();
  const units = r.requests.total / (target.requestsPerUnit ?? 1);
  return {
    cpuMsPerUnit:
      cpuBefore === undefined || cpuAfter === undefined || units === 0
        ? undefined
        : (cpuAfter - cpuBefore) / units,
    name: target.name,
    path: target.paths[0] ?? "/",
    reqPerSec: r.requests.average / (target.requestsPerUnit ?? 1),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    minRatio: target.minRatio,
    maxP99: target.maxP99,
    untargeted: target.untargeted,
    connections,
    duration,
  };
}
