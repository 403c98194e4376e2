import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { handleApi } from "./api";
import { handleControl } from "./control";
import type { Emulator } from "./engine/context";
import { showCheckout, submitCheckout, type PageResponse } from "./hosted/checkout-page";
import { showInvoice } from "./hosted/invoice-page";
import { showPortal, submitPortal } from "./hosted/portal-actions";
import { API_VERSION } from "./resources/events";
import { newId } from "./state/ids";

const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.removeAllListeners("data");
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { "content-length": Buffer.byteLength(body).toString(), ...headers });
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, typeof value === "string" ? value : JSON.stringify(value), {
    "content-type": "application/json",
    ...headers,
  });
}

function sendPage(res: ServerResponse, page: PageResponse): void {
  if (page.redirect) {
    send(res, page.status, "", { location: page.redirect });
    return;
  }
  send(res, page.status, page.html ?? "", {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
  });
}

function hostedPage(
  em: Emulator,
  method: string,
  path: string,
  query: URLSearchParams,
  body: string,
): PageResponse | null {
  const checkout = /^\/checkout\/([^/]+)$/.exec(path);
  if (checkout?.[1]) {
    if (method === "GET") return showCheckout(em, checkout[1]);
    if (method === "POST") return submitCheckout(em, checkout[1], new URLSearchParams(body));
  }
  const invoice = /^\/invoices\/([^/]+)$/.exec(path);
  if (invoice?.[1] && method === "GET") return showInvoice(em, invoice[1]);
  const portal = /^\/portal\/([^/]+)(\/[a-z-]+)?$/.exec(path);
  if (portal?.[1]) {
    if (method === "GET") return showPortal(em, portal[1], portal[2] ?? "", query);
    if (method === "POST") return submitPortal(em, portal[1], portal[2] ?? "", new URLSearchParams(body));
  }
  return null;
}

async function route(
  em: Emulator,
  webhookSecret: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const method = req.method ?? "GET";
  const path = url.pathname;
  let body: string;
  try {
    body = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    res.setHeader("connection", "close");
    sendJson(
      res,
      413,
      {
        error: {
          type: "invalid_request_error",
          message: `Request body too large: the limit is ${MAX_BODY_BYTES} bytes.`,
        },
      },
      { "request-id": newId("req") },
    );
    return;
  }
  if (path === "/health" || path === "/healthz") return sendJson(res, 200, { ok: true });
  if (path.startsWith("/_emulator/")) {
    const answer = await handleControl(em, method, path, body, webhookSecret);
    return sendJson(res, answer.status, answer.body);
  }
  if (path.startsWith("/v1/")) {
    const answer = handleApi(em, req, path, url.search.slice(1), body);
    return sendJson(res, answer.status, answer.body, { ...answer.headers, "stripe-version": API_VERSION });
  }
  const page = hostedPage(em, method, path, url.searchParams, body);
  if (page) return sendPage(res, page);
  sendJson(res, 404, {
    error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` },
  });
}

export function createEmulatorServer(em: Emulator, webhookSecret: string): Server {
  return createServer((req, res) => {
    route(em, webhookSecret, req, res).catch((error: unknown) => {
      // A client that hung up needs no answer and is not our failure.
      if (req.destroyed || res.destroyed) return;
      // Whatever else went wrong, answer like Stripe and keep serving.
      console.error("[stripe-emulator] unexpected error:", error);
      if (!res.headersSent)
        sendJson(res, 500, {
          error: { type: "api_error", message: "An unknown error occurred in the emulator." },
        });
      else res.end();
    });
  });
}
