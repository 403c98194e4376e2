import { readdirSync, readFileSync } from "node:fs";

// Resident memory of a server after the run: the process and every process it started (Linux /proc).

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return Number(match?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** MB resident for `pid` and its descendants, or undefined where /proc is missing. */
export function treeRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  let parents: Map<number, number | undefined>;
  try {
    // Each process's parent, read once: the walk below goes over the list several times.
    parents = new Map(
      readdirSync("/proc")
        .filter((name) => /^\d+$/.test(name))
        .map((name) => [Number(name), parentOf(Number(name))]),
    );
  } catch {
    return undefined;
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [candidate, parent] of parents) {
      if (!tree.has(candidate) && parent !== undefined && tree.has(parent)) {
        tree.add(candidate);
        grew = true;
      }
    }
  }
  return [...tree].reduce((sum, p) => sum + rssKb(p), 0) / 1024;
}
