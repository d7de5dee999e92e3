import type { NextRequest } from "next/server";
import { slotQuerySchema } from "@/lib/availability";
import { findFreeSlots } from "@/lib/availability/slot-data";
import { slotsAnswerJson } from "@/lib/availability/slots-answer";
import { notFound, validationError } from "@/lib/http/api-error";
import { searchParamsObject } from "@/lib/http/search-params";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/procedures/[slug]/slots">) {
  const { slug } = await ctx.params;
  const query = slotQuerySchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
  if (!query.success) return validationError(query.error, "Check the dates you asked for.");

  const result = await findFreeSlots(slug, query.data, new Date());
  if (!result) return notFound("There is no procedure with that name.");

  const body = slotsAnswerJson({ procedure: result.procedure.slug, timeZone: result.timeZone, ...query.data, slots: result.slots });
  return new Response(body, { headers: { "Content-Type": "application/json" } });
}
