// One raw HTTP request: node:http sends the path and method exactly as given
// (fetch would normalise "..", reject "*" and odd methods).
import http from "node:http";

export type RawRequest = { method: string; path: string; headers: Record<string, string>; body?: Buffer };
export type RawResponse = { status: number; body: string; headers: http.IncomingHttpHeaders };

export function send(port: number, req: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  return new Promise((resolve) => {
    const headers = { ...req.headers };
    if (req.body && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) headers["content-length"] = String(req.body.length);
    // Raw UTF-8 bytes in the path, as a careless client sends them (node:http
    // writes a latin1 string byte for byte).
    const path = Buffer.from(req.path, "utf8").toString("latin1");
    let r: http.ClientRequest;
    try {
      r = http.request({ host: "127.0.0.1", port, method: req.method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, 2000), headers: res.headers }));
      res.on("error", () => resolve({ status: -1, body: "response error", headers: {} }));
      });
    } catch (error) {
      resolve({ status: 0, body: `not sendable: ${(error as Error).message}`, headers: {} });
      return;
    }
    r.setTimeout(timeoutMs, () => {
      r.destroy();
      resolve({ status: -2, body: "timeout", headers: {} });
    });
    // A CONNECT's answer arrives as "connect", not "response".
    r.on("connect", (res: http.IncomingMessage, socket: import("node:net").Socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: "", headers: res.headers });
    });
    // Closed with no answer at all: report it rather than wait forever.
    r.on("close", () => resolve({ status: -1, body: "connection closed without an answer", headers: {} }));
    // The server may answer (e.g. 413) and close before reading the whole body.
    r.on("error", (error) => resolve({ status: -1, body: `request error: ${error.message}`, headers: {} }));
    if (req.body) r.end(req.body);
    else r.end();
  });
}
