import "server-only";

// Bytes to text for a feed: a BOM wins, then a well-formed UTF-8 body (publishers often declare ISO-8859-1 and
// send UTF-8), then the XML declaration's encoding, then the Content-Type charset, then Windows-1252 (what
// "ISO-8859-1" means on the web, per the WHATWG Encoding Standard that TextDecoder follows).

const utf8 = new TextDecoder("utf-8", { fatal: true });

function declaredEncoding(head: string, contentType: string): string | null {
  const xml = /^<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head.trimStart());
  if (xml?.[1]) return xml[1];
  const charset = /charset=["']?([\w.:-]+)/i.exec(contentType);
  return charset?.[1] ?? null;
}

// Node's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x80–0x9F become control characters), so the 27
// characters where the two differ are mapped here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const SINGLE_BYTE_WEST = new Set([
  "windows-1252",
  "cp1252",
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "us-ascii",
  "ascii",
]);

function decodeWindows1252(body: Buffer): string {
  return body.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeWith(label: string | null, body: Buffer): string {
  if (!label || SINGLE_BYTE_WEST.has(label.toLowerCase())) return decodeWindows1252(body);
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return decodeWindows1252(body); // an unknown label: the web's default single-byte encoding
  }
}

export function decodeFeedBody(body: Buffer, contentType = ""): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return body.subarray(3).toString("utf8");
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder("utf-16le").decode(body.subarray(2));
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder("utf-16be").decode(body.subarray(2));
  try {
    return utf8.decode(body);
  } catch {
    const head = body.subarray(0, 200).toString("latin1");
    return decodeWith(declaredEncoding(head, contentType), body);
  }
}
