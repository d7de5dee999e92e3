import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { validationError } from "@/lib/http/api-error";
import { answerDomainCall } from "@/lib/http/domain-error-http";
import { MAX_BODY_BYTES, readJsonBody } from "@/lib/http/json-body";
import { getClinic } from "@/lib/clinic/clinic-data";
import { createTimeOff, listUpcomingTimeOff } from "@/lib/staff/time-off";
import { timeOffSchema } from "@/lib/staff/time-off-schema";

// GET /api/staff/time-off: current and upcoming time off, each with the bookings inside it.
export async function GET() {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  return NextResponse.json({ timeOff: await listUpcomingTimeOff(new Date()) }, { headers: { "Cache-Control": "no-store" } });
}

// POST /api/staff/time-off { practitionerId, startDate, startTime, endDate, endTime, reason } (clinic dates and times)
// 201 with the bookings inside the block, for follow-up · 422 field errors.
export async function POST(request: Request) {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  const body = await readJsonBody(request, MAX_BODY_BYTES, "The request body is not valid JSON. Send the time off as a JSON object.");
  if (!body.ok) return body.response;
  const { timeZone } = await getClinic();
  const input = timeOffSchema(new Date(), timeZone).safeParse(body.value);
  if (!input.success) return validationError(input.error, "Check the time off.");
  return answerDomainCall(async () => {
    const result = await createTimeOff(auth.user, input.data);
    return NextResponse.json({ timeOff: result.entry }, { status: 201 });
  });
}
