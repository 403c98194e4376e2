import { promisify } from "node:util";
import { constants, crc32, deflateRaw } from "node:zlib";
import { appendFactor, combineCrc } from "./crc32-combine";

// A cached page is the same bytes for everyone but its nonce, so it is compressed once, not per response:
// each part between two nonces is its own raw DEFLATE run (flushed to a byte boundary, never final but the
// last), and a response is those runs with the nonce between them as a stored (uncompressed) block, inside a
// gzip header and trailer (RFC 1951 §3.2.4, RFC 1952). No run refers back across a nonce, so any nonce fits.
// Per response that is a copy and a CRC-32 combined from the parts' own (crc32-combine.ts) instead of
// compressing ~200 KB (a few milliseconds of CPU).

const deflateRawAsync = promisify(deflateRaw);
const GZIP_HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** A stored block's header (BFINAL 0, BTYPE 00, then LEN and its complement) before `length` bytes. */
const STORED_HEADER_BYTES = 5;
const TRAILER_BYTES = 8;

export interface DeflatedParts {
  /** Raw DEFLATE of each part; all but the last end on a byte boundary, not final. */
  runs: Uint8Array[];
  /** The parts themselves (uncompressed). */
  parts: Uint8Array[];
  /** Each part's CRC-32 and appendFactor of its length, for the trailer's CRC of the whole. */
  crcs: number[];
  factors: number[];
  /** Bytes of the parts together (uncompressed). */
  length: number;
}

/** Compresses the parts of a page once (zlib's thread pool, default level). */
export async function deflateParts(parts: Uint8Array[]): Promise<DeflatedParts> {
  const runs = await Promise.all(
    parts.map((part, i) =>
      deflateRawAsync(part, i === parts.length - 1 ? {} : { finishFlush: constants.Z_SYNC_FLUSH }),
    ),
  );
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  return {
    runs: runs.map((run) => new Uint8Array(run.buffer, run.byteOffset, run.byteLength)),
    parts,
    // Node 20's crc32 answers 0 for empty data, which is also the CRC of nothing: right here.
    crcs: parts.map((part) => crc32(part)),
    factors: parts.map((part) => appendFactor(part.length)),
    length,
  };
}

/** The gzip body of the parts joined with `nonce` between each two (the nonce shorter than 64 KiB). */
export function gzipWithNonce(
  { runs, crcs, factors, length }: DeflatedParts,
  nonce: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const gaps = runs.length - 1;
  const compressed = runs.reduce((sum, run) => sum + run.length, 0);
  const size = GZIP_HEADER.length + compressed + gaps * (STORED_HEADER_BYTES + nonce.length) + TRAILER_BYTES;
  const body = new Uint8Array(new ArrayBuffer(size));
  const view = new DataView(body.buffer);
  body.set(GZIP_HEADER, 0);
  let offset = GZIP_HEADER.length;
  const nonceCrc = crc32(nonce);
  const nonceFactor = appendFactor(nonce.length);
  let crc = 0;
  runs.forEach((run, i) => {
    if (i > 0) {
      body[offset] = 0;
      view.setUint16(offset + 1, nonce.length, true);
      view.setUint16(offset + 3, ~nonce.length & 0xffff, true);
      body.set(nonce, offset + STORED_HEADER_BYTES);
      offset += STORED_HEADER_BYTES + nonce.length;
      crc = combineCrc(crc, nonceCrc, nonceFactor);
    }
    body.set(run, offset);
    offset += run.length;
    crc = combineCrc(crc, crcs[i] ?? 0, factors[i] ?? appendFactor(0));
  });
  view.setUint32(offset, crc >>> 0, true);
  view.setUint32(offset + 4, (length + gaps * nonce.length) >>> 0, true);
  return body;
}
