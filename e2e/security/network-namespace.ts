import { execFileSync } from "node:child_process";

// A second machine for the tests: a network namespace joined to this one by a veth pair, so a request
// from it arrives with a non-loopback peer address (10.213.N.2 → 10.213.N.1). Needs root and iproute2
// (`.ci/run` installs it); a test that needs it fails loudly rather than skip without it.

export interface RemoteClient {
  /** The address of this machine as the namespace sees it. */
  hostAddress: string;
  /** Runs a Node script inside the namespace; answers its stdout. */
  runNode(script: string, args: string[]): string;
  remove(): void;
}

function ip(...args: string[]): void {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
}

export function createRemoteClient(slot: number): RemoteClient {
  const name = `nsst${slot}`;
  const [outside, inside] = [`vst${slot}a`, `vst${slot}b`];
  const net = `10.213.${slot % 250}`;
  // Left over from an interrupted run: start clean (deleting the namespace deletes its end of the pair).
  try {
    ip("netns", "del", name);
  } catch {
    // none left over
  }
  ip("netns", "add", name);
  ip("link", "add", outside, "type", "veth", "peer", "name", inside);
  ip("link", "set", inside, "netns", name);
  ip("addr", "add", `${net}.1/30`, "dev", outside);
  ip("link", "set", outside, "up");
  ip("netns", "exec", name, "ip", "addr", "add", `${net}.2/30`, "dev", inside);
  ip("netns", "exec", name, "ip", "link", "set", inside, "up");
  ip("netns", "exec", name, "ip", "link", "set", "lo", "up");
  return {
    hostAddress: `${net}.1`,
    runNode(script, args) {
      return execFileSync("ip", ["netns", "exec", name, process.execPath, "-e", script, ...args], {
        encoding: "utf8",
        timeout: 30_000,
      });
    },
    remove() {
      ip("netns", "del", name);
    },
  };
}

/** A Node script for runNode: GETs argv[1] and prints `{status, body}` as JSON. */
export const FETCH_SCRIPT = `
fetch(process.argv[1], { redirect: "manual", headers: JSON.parse(process.argv[2] || "{}") })
  .then(async (r) => console.log(JSON.stringify({ status: r.status, body: await r.text() })))
  .catch((e) => { console.error(e); process.exit(1); });
`;
