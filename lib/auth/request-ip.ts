import { BlockList, isIP, isIPv4 } from "node:net";
import { settings } from "@/lib/config/settings";
import { normaliseAddress, peerAddress } from "@/lib/http/peer-address";

// The client's address, for rate-limit keys (never permissions). It is the connection's peer address,
// unless that peer is one of TRUSTED_PROXIES: then X-Forwarded-For is read from the right (the hop our
// own proxy appended) past every trusted proxy, and the first address not ours is the client. Anything a
// client writes into X-Forwarded-For itself sits to the left of that and is never read.

let cachedList: { source: string[]; list: BlockList } | undefined;

function trustedProxies(entries: string[]): BlockList {
  if (cachedList?.source === entries) return cachedList.list;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIPv4(address) ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  cachedList = { source: entries, list };
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

export function getClientIp(headers: Headers, trusted: string[] = settings.TRUSTED_PROXIES): string {
  const peer = peerAddress(headers);
  if (!peer) return "unknown";
  const list = trustedProxies(trusted);
  if (!isTrusted(list, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => normaliseAddress(hop.trim()))
    .filter(Boolean);
  for (const hop of hops.reverse()) {
    if (!isTrusted(list, hop)) return hop.slice(0, 64);
  }
  return peer; // only our own proxies in the chain (or no header): the nearest one is all we know
}
