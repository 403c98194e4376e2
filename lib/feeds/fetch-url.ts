import "server-only";
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { pipeline, type Readable, type Transform } from "node:stream";
import { assertHostAllowed, guardedLookup } from "./net-guard";

// One guarded GET: public addresses only (net-guard.ts), a deadline for the whole exchange (a server that trickles
// a byte a second is cut off), a cap on the (decompressed) body, a redirect limit, and conditional GET. Answers
// what the poller needs to be polite: Retry-After and Cache-Control max-age.

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  accept: string;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Whether this URL may reach a non-public address (asked again on every redirect). */
  allowPrivate: (url: URL) => boolean;
  userAgent: string;
}

export type FetchResult =
  | { kind: "not-modified"; url: string; maxAgeSeconds: number | null }
  | {
      kind: "ok";
      url: string;
      body: Buffer;
      contentType: string;
      etag: string | null;
      lastModified: string | null;
      maxAgeSeconds: number | null;
    };

export class FetchError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

/** Retry-After as seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

function maxAgeOf(cacheControl: string | undefined): number | null {
  const match = /max-age=(\d+)/i.exec(cacheControl ?? "");
  return match ? Number(match[1]) : null;
}

function header(res: http.IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body, decompressed; pipeline() carries an aborted response's error into the decompressor. */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = header(res, "content-encoding")?.toLowerCase();
  const inflate = (decompressor: Transform) => pipeline(res, decompressor, () => {});
  if (encoding === "gzip" || encoding === "x-gzip") return inflate(zlib.createGunzip());
  if (encoding === "deflate") return inflate(zlib.createInflate());
  if (encoding === "br") return inflate(zlib.createBrotliDecompress());
  return res;
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new FetchError(`body larger than ${Math.round(maxBytes / 1024)} KB: refused`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function requestOnce(url: URL, options: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const allowPrivate = options.allowPrivate(url);
  assertHostAllowed(url, allowPrivate);
  const headers: Record<string, string> = {
    accept: options.accept,
    "accept-encoding": "gzip, deflate, br",
    "user-agent": options.userAgent,
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers, lookup: guardedLookup(allowPrivate), signal }, resolve);
    req.on("error", reject);
  });
}

async function follow(start: URL, options: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  let url = start;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new FetchError(`unsupported URL scheme ${url.protocol}`);
    const res = await requestOnce(url, options, signal);
    const status = res.statusCode ?? 0;
    const location = header(res, "location");
    if (status >= 300 && status < 400 && status !== 304 && location) {
      res.resume();
      if (hop >= options.maxRedirects) throw new FetchError(`more than ${options.maxRedirects} redirects`);
      url = new URL(location, url);
      continue;
    }
    const maxAgeSeconds = maxAgeOf(header(res, "cache-control"));
    if (status === 304) {
      res.resume();
      return { kind: "not-modified", url: url.toString(), maxAgeSeconds };
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new FetchError(`HTTP ${status} from ${url.host}`, parseRetryAfter(header(res, "retry-after")));
    }
    const length = Number(header(res, "content-length"));
    if (length > options.maxBytes) {
      res.destroy();
      throw new FetchError(
        `body of ${length} bytes is larger than the ${options.maxBytes} byte cap: refused`,
      );
    }
    const body = await readCapped(decoded(res), options.maxBytes);
    return {
      kind: "ok",
      url: url.toString(),
      body,
      contentType: header(res, "content-type") ?? "",
      etag: header(res, "etag") ?? null,
      lastModified: header(res, "last-modified") ?? null,
      maxAgeSeconds,
    };
  }
}

/** GETs `rawUrl` under the guard and limits; throws FetchError (or BlockedAddressError) with a readable message. */
export async function fetchUrl(rawUrl: string, options: FetchOptions): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new FetchError(`not a URL: ${rawUrl}`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await follow(url, options, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw new FetchError(`timed out after ${options.timeoutMs / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
