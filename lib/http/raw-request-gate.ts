// The first look at every HTTP request, before Next.js parses it. Next.js
// answers 500 for a request-target of "*" and for a path with a malformed
// %-escape ("/api/bookings/%ZZ") before any of our code or proxy.ts runs, and
// it never tells route handlers the socket's address. So the server process
// (instrumentation.ts) runs this on each incoming request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { apiAnswerHeaders, apiPathOf, apiRequestRefusal } from "./api-request-gate";
import { env } from "@/lib/env";

/** Why a raw request-target is refused, or null when it may go on. Pure. */
export function refuseRequestTarget(target: string | undefined): { status: 400; message: string } | null {
  if (!target || !target.startsWith("/")) return { status: 400, message: "Bad request-target." };
  const path = target.split(/[?#]/, 1)[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Malformed percent-escape in the path." };
  }
  return null;
}

/**
 * Stamps the socket peer's address (overwriting anything the client sent
 * under that name) and answers bad request-targets itself. Returns true when
 * it answered, and the request must go no further.
 */
export function gateRawRequest(req: IncomingMessage, res: ServerResponse): boolean {
  req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
  const refusal = refuseRequestTarget(req.url);
  if (!refusal) {
    const apiPath = apiPathOf(req.url!);
    return apiPath === null ? false : gateApiRequest(req, res, apiPath);
  }
  res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(`${refusal.message}\n`);
  return true;
}

/**
 * /api requests (proxy.ts leaves them alone): cross-site writes refused, and
 * the API's headers set before Next.js answers. True when it answered.
 */
function gateApiRequest(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  const config = env();
  const headers = apiAnswerHeaders({ https: config.httpsPublicUrl, production: config.production });
  const refusal = apiRequestRefusal({ method: req.method ?? "GET", path, headers: req.headers }, ownOrigins(config.nextAuthUrl, req));
  if (refusal) {
    const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
    res.writeHead(refusal.status, { ...headers, "content-type": "application/json" });
    res.end(body);
    return true;
  }
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return false;
}

// The public address, and this server's own loopback address (what proxy.ts
// saw as request.nextUrl.origin), e.g. a local run reached as localhost.
const originsCache = new Map<string, string[]>();
function ownOrigins(nextAuthUrl: string, req: IncomingMessage): string[] {
  const port = req.socket?.localPort ?? 0;
  const address = (req.socket?.localAddress ?? "").replace(/^::ffff:/, "");
  const key = `${nextAuthUrl} ${address} ${port}`;
  let origins = originsCache.get(key);
  if (!origins) {
    origins = [new URL(nextAuthUrl).origin, `http://localhost:${port}`];
    if (/^\d+\.\d+\.\d+\.\d+$/.test(address)) origins.push(`http://${address}:${port}`);
    originsCache.set(key, origins);
  }
  return origins;
}

const INSTALLED = Symbol.for("clinic.rawRequestGate");
const CONNECT_ANSWERED = Symbol.for("clinic.rawRequestGate.connect");

/** Wraps http.Server's "request" event once per process. */
export function installRawRequestGate(http: typeof import("node:http")): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & { emit: (...args: unknown[]) => boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: import("node:http").Server & Record<symbol, unknown>, event: unknown, ...args: unknown[]) {
    // Node drops a CONNECT (a proxy tunnel request) without a word when no one
    // listens for it; answer it plainly instead (added on the server's first event).
    if (!this[CONNECT_ANSWERED]) {
      this[CONNECT_ANSWERED] = true;
      if (this.listenerCount("connect") === 0) {
        this.on("connect", (_req: IncomingMessage, socket: import("node:net").Socket) => {
          socket.end("HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        });
      }
    }
    if (event === "request" && gateRawRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit.call(this, event, ...args);
  };
}
