import { readdirSync, readFileSync } from "node:fs";

// What a server and every process it started use (Linux /proc): resident memory after the run, and CPU time
// spent during a row (what each request or search cost the server, whatever autocannon and the machine did meanwhile:
// req/s on this shared machine moves with both).

/** The fields of /proc/<pid>/stat after the command (which may hold spaces), or undefined when it is gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields && Number(fields[1]);
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return Number(match?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User and system CPU time of `pid` in ms (clock ticks of 10 ms: Linux's USER_HZ is 100). */
function cpuMs(pid: number): number {
  const fields = statFields(pid);
  // utime and stime: fields 14 and 15 of the line, 12 and 13 after the command.
  return fields ? (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10 : 0;
}

/** MB resident for `pid` and its descendants, or undefined where /proc is missing. */
export function treeRssMb(pid: number | undefined): number | undefined {
  const tree = processTree(pid);
  return tree && [...tree].reduce((sum, p) => sum + rssKb(p), 0) / 1024;
}

/** CPU ms used so far by `pid` and its descendants, or undefined where /proc is missing. */
export function treeCpuMs(pid: number | undefined): number | undefined {
  const tree = processTree(pid);
  return tree && [...tree].reduce((sum, p) => sum + cpuMs(p), 0);
}

function processTree(pid: number | undefined): Set<number> | undefined {
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
  return tree;
}
