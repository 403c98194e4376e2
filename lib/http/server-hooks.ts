import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { NOTHING_LOADS_CSP, staticSecurityHeaders } from "@/lib/auth/security-headers";
import { answerFromLane, pageCacheLane } from "./page-cache-lane";
import { markPeerHookInstalled, normaliseAddress, PEER_HEADER } from "./peer-address";
import { answerReaderPartsLane, isReaderPartsRequest } from "./reader-parts-lane";
import { answerSearchLane, isSearchRequest } from "./search-lane";

// Hooks on this process's HTTP servers, installed once from instrumentation.ts before the first request.
// Node publishes "http.server.request.start" for every request just before the server emits "request",
// which is the only point where both the socket and the request Next.js will read are at hand.

/** Methods the Fetch API cannot represent: Next.js throws building a Request for them (a 500 otherwise). */
const UNREPRESENTABLE_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);
const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) races a client that reuses the
 * connection just as the server closes it: the client's request meets a reset (ECONNRESET) it cannot tell
 * from a crash. Load balancers keep idle connections up to 60 s, so the server must outlast them (the
 * common advice: longer than the balancer's), and so must a test's or a browser's pooled connections.
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  socket: Socket;
  server: Server;
}

const guarded = new WeakSet<Server>();

export function installServerHooks(): void {
  if (!markPeerHookInstalled()) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket, server } = message as RequestStart;
    // Assigned, not appended: a client's own header of this name is thrown away.
    request.headers[PEER_HEADER] = normaliseAddress(socket.remoteAddress ?? "");
    guardServer(server);
  });
}

/**
 * Answers the requests Next.js cannot handle itself, a member's own parts (reader-parts-lane.ts), searches' results
 * (search-lane.ts), and pages the page cache holds (page-cache-lane.ts), before they reach it (once per server: its
 * emit is wrapped).
 */
function guardServer(server: Server): void {
  if (guarded.has(server)) return;
  guarded.add(server);
  keepConnectionsOpen(server);
  const emit = server.emit.bind(server);
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (UNREPRESENTABLE_METHODS.has(request.method ?? "")) {
        refuseMethod(response);
        return true;
      }
      if (isReaderPartsRequest(request)) {
        void answerReaderPartsLane(request, response); // answered whole here, Next never hears of it
        return true;
      }
      if (isSearchRequest(request)) {
        void answerSearchLane(request, response); // likewise
        return true;
      }
      const lane = pageCacheLane(request);
      if (lane) {
        // Next hears of the request only if the cache does not answer it (the request waits unread meanwhile).
        void answerFromLane(lane, request, response).then((answered) => answered || emit(event, ...args));
        return true;
      }
    }
    return emit(event, ...args);
  }) as Server["emit"];
}

/** Set once per server on its first request: Node reads both when a response ends, so later sockets use them. */
function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = Math.max(server.keepAliveTimeout, KEEP_ALIVE_TIMEOUT_MS);
  // A request's headers must still arrive in time on a reused connection (Node wants this above keepAlive).
  server.headersTimeout = Math.max(server.headersTimeout, KEEP_ALIVE_TIMEOUT_MS + 1_000);
}

function refuseMethod(response: ServerResponse): void {
  response.writeHead(405, {
    ...staticSecurityHeaders(),
    "Content-Security-Policy": NOTHING_LOADS_CSP,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    Allow: ALLOWED_METHODS,
  });
  response.end("Method not allowed\n");
}
