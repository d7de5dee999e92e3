import "server-only";
import NextAuth from "next-auth";
import type { NextApiRequest, NextApiResponse } from "next";
import { authOptions } from "./auth-options";

export type Captured = { status: number; headers: Record<string, string | string[]>; body: unknown };

/**
 * next-auth v4 exposes its flow only as an HTTP handler. We call its public
 * API-route form, NextAuth(req, res, options), in-process with a small
 * recording response: the sign-in server action uses it to ask for a link,
 * and /api/auth/* uses it so that we, not next-auth, read and check the body.
 */
export async function callNextAuth(req: Partial<NextApiRequest>): Promise<Captured> {
  const captured: Captured = { status: 200, headers: {}, body: undefined };
  const res = {
    status(code: number) {
      captured.status = code;
      return res;
    },
    getHeader: (name: string) => captured.headers[name.toLowerCase()],
    setHeader(name: string, value: string | string[]) {
      captured.headers[name.toLowerCase()] = value;
      return res;
    },
    end: () => res,
    json(body: unknown) {
      captured.headers["content-type"] = "application/json";
      captured.body = body;
      return res;
    },
    send(body: unknown) {
      captured.body = body;
      return res;
    },
  };
  await NextAuth(req as NextApiRequest, res as unknown as NextApiResponse, authOptions());
  return captured;
}

/** The recorded answer as a fetch Response. */
export function capturedResponse(captured: Captured): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(captured.headers)) {
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, String(v));
  }
  let body: string | null = null;
  if (typeof captured.body === "string") body = captured.body;
  else if (captured.body !== undefined) {
    body = JSON.stringify(captured.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return new Response(body, { status: captured.status, headers });
}
