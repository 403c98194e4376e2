import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

// The SSRF guard: a feed or image URL may only reach public addresses. The check runs inside the socket's own
// DNS lookup, so the address checked is the address connected to (no second resolution an attacker could
// change), on the first request and on every redirect alike.

export class BlockedAddressError extends Error {
  constructor(host: string, address: string, range: string) {
    super(`refused: ${host} resolves to ${address} (${range}), not a public address`);
    this.name = "BlockedAddressError";
  }
}

/** The address's range when it is not public (loopback, private, link-local, metadata …), else null. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "invalid";
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === "unicast" ? null : range;
}

/** A `lookup` for http(s).request that refuses non-public answers unless `allowPrivate`. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const blocked = allowPrivate
        ? undefined
        : addresses.map((a) => ({ a, range: nonPublicRange(a.address) })).find((x) => x.range !== null);
      if (blocked)
        return callback(new BlockedAddressError(hostname, blocked.a.address, blocked.range ?? ""), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(new Error(`no address for ${hostname}`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Literal IP hosts skip DNS: checked here before any connection. */
export function assertHostAllowed(url: URL, allowPrivate: boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (allowPrivate || !ipaddr.isValid(host)) return;
  const range = nonPublicRange(host);
  if (range) throw new BlockedAddressError(host, host, range);
}
