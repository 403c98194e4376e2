import type { LoadResult } from "./load";
import type { QueryResult } from "./queries";

// Plain-text tables; a target that is missed is marked, not fatal.

export const P99_TARGET_MS = 100;

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export interface PageVerdict extends LoadResult {
  ratio: number;
  /** Undefined for a row measured with no target. */
  ok?: boolean;
}

/** The first result is the reference. */
export function judgePages(results: LoadResult[]): PageVerdict[] {
  const reference = results[0]?.reqPerSec ?? 1;
  return results.map((r) => {
    const ratio = r.reqPerSec / reference;
    const minRatio = r.minRatio;
    const clean = r.reqPerSec > 0 && r.errors === 0 && r.non2xx === 0;
    if (r.untargeted) return { ...r, ratio, ok: clean ? undefined : false };
    const p99Ok = r.maxP99 === undefined ? r.p99 < P99_TARGET_MS : r.p99 <= r.maxP99;
    const ok = clean && p99Ok && (minRatio === undefined || ratio >= minRatio);
    return { ...r, ratio, ok };
  });
}

export function printPages(verdicts: PageVerdict[]): void {
  console.log(
    table(
      [
        "page",
        "path",
        "conn×s",
        "req/s",
        "p50 ms",
        "p99 ms",
        "cpu ms",
        "errors",
        "non-2xx",
        "× ref",
        "target",
        "",
      ],
      verdicts.map((v) => [
        v.name,
        v.path.length > 42 ? `${v.path.slice(0, 41)}…` : v.path,
        `${v.connections}×${v.duration}`,
        v.reqPerSec.toFixed(0),
        v.p50.toFixed(0),
        v.p99.toFixed(0),
        v.cpuMsPerUnit?.toFixed(2) ?? "",
        String(v.errors),
        String(v.non2xx),
        v.ratio.toFixed(2),
        v.untargeted
          ? "(none)"
          : `${v.minRatio === undefined ? "" : `≥${v.minRatio}×, `}${v.maxP99 === undefined ? `p99<${P99_TARGET_MS}` : `p99≤${v.maxP99}`}`,
        v.ok === undefined ? "" : v.ok ? "ok" : "MISSED",
      ]),
    ),
  );
  console.log(
    "cpu ms: the server's CPU time per request (per search in the search rows) while the row loaded it",
  );
}

export function printQueries(results: QueryResult[]): void {
  console.log(
    table(
      ["query", "p50 ms", "p95 ms", "target", "plan ms", "load", "index", "plan", ""],
      results.map((q) => [
        q.name,
        q.p50.toFixed(2),
        q.p95.toFixed(2),
        `<${q.targetMs}`,
        q.planMs?.toFixed(2) ?? "",
        q.load?.toFixed(1) ?? "",
        q.indexBacked ? "yes" : "NO",
        q.plan,
        q.p95 < q.targetMs && q.indexBacked ? "ok" : "MISSED",
      ]),
    ),
  );
}
