import "server-only";
import { settings } from "@/lib/config/settings";
import { fetchUrl, type FetchOptions, type FetchResult } from "./fetch-url";
import { politely } from "./politeness";

// fetchUrl with the settings' limits, the private-address policy and per-host politeness.

const USER_AGENT = "Newsstand feed reader (+https://newsstand.test/about)";

/** Private addresses are reachable only when allowed outright, for listed host:port pairs, or for the local wire. */
export function mayReachPrivate(url: URL): boolean {
  const host = url.host.toLowerCase();
  const wire = settings.feedWireUrl ? new URL(settings.feedWireUrl).host : null;
  return settings.FEEDS_ALLOW_PRIVATE || settings.FEEDS_PRIVATE_HOSTS.includes(host) || host === wire;
}

export function fetchGuarded(
  url: string,
  options: Partial<FetchOptions> & Pick<FetchOptions, "accept">,
): Promise<FetchResult> {
  let host = "";
  try {
    host = new URL(url).host;
  } catch {
    // fetchUrl reports the bad URL
  }
  return politely(host, settings.FEEDS_HOST_GAP_MS, () =>
    fetchUrl(url, {
      maxBytes: settings.FEEDS_MAX_BYTES,
      timeoutMs: settings.FEEDS_TIMEOUT_SECONDS * 1000,
      maxRedirects: settings.FEEDS_MAX_REDIRECTS,
      allowPrivate: mayReachPrivate,
      userAgent: USER_AGENT,
      ...options,
    }),
  );
}
