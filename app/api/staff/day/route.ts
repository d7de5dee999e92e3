import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { validationError } from "@/lib/http/api-error";
import { searchParamsObject } from "@/lib/http/search-params";
import { getClinic } from "@/lib/clinic/clinic-data";
import { findDayList } from "@/lib/staff/day-list";
import { dayOrToday, dayQuerySchema } from "@/lib/staff/day-query";

// GET /api/staff/day?date=YYYY-MM-DD (clinic date; default today): bookings by practitioner with check-in state.
export async function GET(request: NextRequest) {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  const query = dayQuerySchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
  if (!query.success) return validationError(query.error, "Check the date.");
  const { timeZone } = await getClinic();
  const now = new Date();
  const date = dayOrToday(query.data.date, now, timeZone);
  const practitioners = await findDayList(date, timeZone, now);
  return NextResponse.json({ date, timeZone, practitioners }, { headers: { "Cache-Control": "no-store" } });
}
