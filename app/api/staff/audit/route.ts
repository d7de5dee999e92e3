import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { validationError } from "@/lib/http/api-error";
import { searchParamsObject } from "@/lib/http/search-params";
import { getClinic } from "@/lib/clinic/clinic-data";
import { auditFiltersSchema } from "@/lib/staff/audit-filters";
import { findAuditPage } from "@/lib/staff/audit-query";

// GET /api/staff/audit?person&record&from&to&page — admins only.
export async function GET(request: NextRequest) {
  const auth = await authenticateApi(["ADMIN"]);
  if (!auth.ok) return auth.response;
  const filters = auditFiltersSchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
  if (!filters.success) return validationError(filters.error, "Check the audit filters.");
  const { timeZone } = await getClinic();
  return NextResponse.json(await findAuditPage(filters.data, timeZone), { headers: { "Cache-Control": "no-store" } });
}
