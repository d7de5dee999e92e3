import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";

// Who am I, for staff tools. 401 anonymous, 403 patients.
export async function GET() {
  const auth = await authenticateApi(["STAFF", "ADMIN"]);
  if (!auth.ok) return auth.response;
  const { id, email, name, role } = auth.user;
  return NextResponse.json({ user: { id, email, name, role } });
}
