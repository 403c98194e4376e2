import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { NOTHING_LOADS_CSP, staticSecurityHeaders } from "@/lib/auth/security-headers";
import { acceptsGzip } from "./page-cache-lane";

// A JSON answer from one of the lanes that answer before Next (reader-parts-lane.ts, search-lane.ts): the site's
// headers, a CSP under which nothing loads, gzip when asked for and worth it, and no body for HEAD.

/** Below this the JSON goes as it is: compressing would cost more than it saves. */
const GZIP_FROM_BYTES = 1024;

export function sendJson(
  request: IncomingMessage,
  response: ServerResponse,
  answer: {
    status: number;
    json: string;
    cacheControl: string;
    headers?: Record<string, string>;
    /** Close the connection after the answer (a request body that was not read to its end). */
    close?: boolean;
    /** The JSON already gzipped (a kept answer's), sent instead of compressing it again. */
    gzipped?: Uint8Array;
    /** Told the gzipped bytes when they are made here, so that the caller may keep them. */
    onGzipped?: (bytes: Uint8Array) => void;
  },
): void {
  const worthIt = answer.gzipped !== undefined || Buffer.byteLength(answer.json) >= GZIP_FROM_BYTES;
  const gzip = worthIt && acceptsGzip(request.headers["accept-encoding"]);
  const body = gzip ? (answer.gzipped ?? compress(answer)) : Buffer.from(answer.json);
  response.writeHead(answer.status, {
    ...staticSecurityHeaders(),
    ...answer.headers,
    "Content-Security-Policy": NOTHING_LOADS_CSP,
    "Content-Type": "application/json",
    "Cache-Control": answer.cacheControl,
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": body.byteLength,
    ...(answer.close ? { Connection: "close" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

function compress(answer: { json: string; onGzipped?: (bytes: Uint8Array) => void }): Uint8Array {
  const bytes = gzipSync(answer.json);
  answer.onGzipped?.(bytes);
  return bytes;
}
