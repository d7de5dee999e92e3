import type { NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { validationError } from "@/lib/http/api-error";
import { searchParamsObject } from "@/lib/http/search-params";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { queueCsvResponse } from "@/lib/staff/queue-csv-response";

// GET /api/staff/queue.csv?status&from&to&procedure&q — every matching row, not one page.
export async function GET(request: NextRequest) {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  const filters = queueFiltersSchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
  if (!filters.success) return validationError(filters.error, "Check the queue filters.");
  return queueCsvResponse(filters.data, new Date());
}
