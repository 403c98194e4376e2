import { BlockList, isIPv4 } from "node:net";

// The address of the machine at the other end of the TCP connection, which no request header can fake.
// Next.js hands route handlers, pages and server actions only a copy of the request's headers, never the
// socket, so instrumentation.ts (via recordPeerAddresses in server-hooks.ts) writes the socket's address
// into PEER_HEADER of every request before Next.js reads it — replacing whatever a client sent under that
// name. If that hook is not installed in this process, the header proves nothing and peerAddress says so.

export const PEER_HEADER = "x-newsstand-peer";

const INSTALLED = Symbol.for("newsstand.peer-address-hook");
type HookFlag = { [INSTALLED]?: boolean };

/** Marks this process's HTTP servers as stamping PEER_HEADER (shared by every bundle: one globalThis). */
export function markPeerHookInstalled(): boolean {
  const flags = globalThis as HookFlag;
  if (flags[INSTALLED]) return false;
  flags[INSTALLED] = true;
  return true;
}

/** The connection's peer address (IPv4-mapped IPv6 written as plain IPv4), or null when it cannot be known. */
export function peerAddress(headers: Headers): string | null {
  if (!(globalThis as HookFlag)[INSTALLED]) return null;
  const value = headers.get(PEER_HEADER)?.trim();
  return value ? value : null;
}

/** `::ffff:127.0.0.1` → `127.0.0.1`; other addresses unchanged. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

export function isLoopbackAddress(address: string | null): boolean {
  if (!address) return false;
  const plain = normaliseAddress(address);
  return loopback.check(plain, isIPv4(plain) ? "ipv4" : "ipv6");
}
