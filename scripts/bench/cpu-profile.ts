import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";

// --cpu-profile DIR: a CPU profile of the server for each page row's measured load, written to
// DIR/<row>.cpuprofile (open it in Chrome DevTools' Performance panel or speedscope) and summed up in the
// console, with the server's minified chunks mapped back to their sources. See cpu-profile-preload.mjs.

const PRELOAD = path.resolve("scripts/bench/cpu-profile-preload.mjs");
const TOP = 12;
/** Frames every sample runs under (or none): left out of the lists. */
const UNINFORMATIVE = ["(root)", "(idle)", "processTicksAndRejections ", "runMicrotasks "];

/** What the server's environment needs for --cpu-profile (nothing without it). */
export async function cpuProfileEnv(dir: string | undefined): Promise<Record<string, string>> {
  if (!dir) return {};
  await mkdir(dir, { recursive: true });
  const inherited = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : "";
  return { NODE_OPTIONS: `${inherited}--import ${PRELOAD}`, BENCH_CPU_PROFILE_DIR: path.resolve(dir) };
}

/** Runs `work` with the server at `pid` profiled, when `dir` is set; writes and sums up the profile. */
export function profiler(dir: string | undefined, pid: number | undefined, name: string) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (!dir || pid === undefined) return work();
    process.kill(pid, "SIGUSR2");
    try {
      return await work();
    } finally {
      process.kill(pid, "SIGUSR2");
      const written = path.join(path.resolve(dir), `${pid}.cpuprofile`);
      const file = path.join(path.resolve(dir), `${name.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`);
      await waitFor(written);
      await rename(written, file);
      console.log(summarise(JSON.parse(await readFile(file, "utf8")) as CpuProfile, file));
    }
  };
}

async function waitFor(file: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`no CPU profile at ${file} after 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
}

/** The busiest frames, by their own time and with what they call, as shares of the profile's samples. */
function summarise(profile: CpuProfile, file: string): string {
  const name = frameNamer();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map(profile.nodes.map((node) => [node.id, name(node.callFrame)]));
  const own = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const sample of profile.samples) {
    add(own, names.get(sample) ?? "?");
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = names.get(id) ?? "?";
      if (!seen.has(key)) add(total, key);
      seen.add(key);
    }
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .filter(([key]) => !UNINFORMATIVE.some((name) => key.startsWith(name)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([key, n]) => `  ${((100 * n) / profile.samples.length).toFixed(1).padStart(5)} %  ${key}`);
  const idleSamples = [...own].filter(([key]) => key.startsWith("(idle)")).reduce((n, [, c]) => n + c, 0);
  const idle = ((100 * idleSamples) / profile.samples.length).toFixed(0);
  return [
    `cpu profile: ${file} (${profile.samples.length} samples, ${idle} % idle)`,
    "  own time:",
    ...top(own),
    "  with callees:",
    ...top(total),
  ].join("\n");
}

/** Names a frame "function source:line", through the chunk's source map when it has one. */
function frameNamer(): (frame: CallFrame) => string {
  const maps = new Map<string, SourceMapConsumer | null>();
  const short = (source: string) =>
    source
      .replace(/^.*node_modules\//, "")
      .replace(`${process.cwd()}/`, "")
      .replace(/^(\.\.\/)+/, "");
  return (frame) => {
    const file = frame.url.replace(/^file:\/\//, "");
    const fn = frame.functionName || "(anonymous)";
    if (!file.endsWith(".js") || !existsSync(`${file}.map`))
      return `${fn} ${short(file)}:${frame.lineNumber + 1}`;
    if (!maps.has(file)) maps.set(file, readMap(`${file}.map`));
    const original = maps
      .get(file)
      ?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!original?.source) return `${fn} ${short(file)}:${frame.lineNumber + 1}`;
    return `${original.name ?? fn} ${short(original.source)}:${original.line}`;
  };
}

function readMap(file: string): SourceMapConsumer | null {
  try {
    return new SourceMapConsumer(JSON.parse(readFileSync(file, "utf8")) as RawSourceMap);
  } catch {
    return null; // a map we cannot read: the frame keeps its minified name
  }
}
