import { NextResponse } from "next/server";
import { listProcedures } from "@/lib/procedures/procedure-data";

export async function GET() {
  const procedures = await listProcedures();
  return NextResponse.json({ procedures });
}
