import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { validationError } from "@/lib/http/api-error";
import { searchParamsObject } from "@/lib/http/search-params";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { findQueuePage } from "@/lib/staff/queue-query";
import { queuePageJson } from "@/lib/staff/queue-json";
import { queueCsvResponse } from "@/lib/staff/queue-csv-response";

// GET /api/staff/queue?status&from&to&procedure&q&page[&format=csv]
export async function GET(request: NextRequest) {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  const { format, ...params } = searchParamsObject(request.nextUrl.searchParams);
  const filters = queueFiltersSchema.safeParse(params);
  if (!filters.success) return validationError(filters.error, "Check the queue filters.");
  if (format === "csv") return queueCsvResponse(filters.data, new Date());
  return NextResponse.json(queuePageJson(await findQueuePage(filters.data)), { headers: { "Cache-Control": "no-store" } });
}
