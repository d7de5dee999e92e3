import { NextResponse } from "next/server";

// A fixed, dependency-free answer: used by the benchmark as the server's floor.
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json({ ok: true });
}
