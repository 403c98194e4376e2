import type { IncomingMessage } from "node:http";

// A small JSON request body (a beacon, a page's question), read whole but never past `maxBytes`. Bad input is a
// 4xx the route answers with, never a throw.

export type SmallJson = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

const TOO_LARGE: SmallJson = { ok: false, status: 413, error: "too large" };
const NOT_JSON: SmallJson = { ok: false, status: 400, error: "not JSON" };

const saysTooLarge = (contentLength: string | null | undefined, maxBytes: number) =>
  Number(contentLength ?? 0) > maxBytes;

function parse(text: string, maxBytes: number): SmallJson {
  if (text.length > maxBytes) return TOO_LARGE;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return NOT_JSON;
  }
}

export async function readSmallJson(request: Request, maxBytes: number): Promise<SmallJson> {
  if (saysTooLarge(request.headers.get("content-length"), maxBytes)) return TOO_LARGE;
  try {
    return parse(await request.text(), maxBytes);
  } catch {
    return NOT_JSON;
  }
}

/**
 * The same from Node's own request (a lane answering before Next: lib/http/server-hooks.ts). Stops reading
 * once past `maxBytes` (the stream is paused, not destroyed, so an answer can still go out): the caller then
 * closes the connection instead of reading the rest.
 */
export function readSmallJsonFromNode(request: IncomingMessage, maxBytes: number): Promise<SmallJson> {
  if (saysTooLarge(request.headers["content-length"], maxBytes)) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (outcome: SmallJson) => {
      request.off("data", onData).off("end", onEnd).off("error", onGone).off("close", onGone);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxBytes) return void chunks.push(chunk);
      request.pause();
      finish(TOO_LARGE);
    };
    const onEnd = () => finish(parse(Buffer.concat(chunks).toString("utf8"), maxBytes));
    const onGone = () => finish(NOT_JSON); // the client went away mid-body
    request.on("data", onData).on("end", onEnd).on("error", onGone).on("close", onGone);
  });
}
