import { NextResponse, type NextRequest } from "next/server";
import * as z from "zod";
import { apiError, validationError } from "@/lib/http/api-error";
import { QUESTIONNAIRE_VERSION, getQuestionnaire } from "@/lib/screening";

const querySchema = z.object({
  version: z.coerce
    .number({ error: "Give the questionnaire version as a whole number, e.g. 1." })
    .int({ error: "Give the questionnaire version as a whole number, e.g. 1." })
    .positive({ error: "Give the questionnaire version as a whole number, e.g. 1." })
    .default(QUESTIONNAIRE_VERSION),
});

/**
 * The questionnaire definition (public: it holds no one's answers). The
 * current version by default; `?version=N` gives the wording an older stored
 * response was answered against.
 */
export async function GET(request: NextRequest) {
  const version = request.nextUrl.searchParams.get("version");
  const query = querySchema.safeParse(version === null || version === "" ? {} : { version });
  if (!query.success) return validationError(query.error, "Check the version you asked for.");
  let questionnaire;
  try {
    questionnaire = getQuestionnaire(query.data.version);
  } catch {
    return apiError(404, "NOT_FOUND", `There is no questionnaire version ${query.data.version}.`);
  }
  // Sent with Cache-Control: no-store like every /api answer (docs/decisions/013).
  return NextResponse.json({ currentVersion: QUESTIONNAIRE_VERSION, questionnaire });
}
