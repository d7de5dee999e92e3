import "server-only";
import type { Questionnaire as FhirQuestionnaire, QuestionnaireResponse, Task } from "@medplum/fhirtypes";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { getQuestionnaire, QUESTIONNAIRE_VERSION } from "@/lib/screening/questionnaire";
import { parseStoredAnswers, parseStoredReasons } from "@/lib/screening/stored-response";
import { reasonChipLabel } from "@/lib/staff/reason-chip-labels";
import { dismissalsOf, standingReasons } from "@/lib/screening/standing-reasons";
import { FhirError } from "./fhir-error";
import { inList, type ResourceReader } from "./fhir-context";
import { toQuestionnaire } from "./questionnaire-resource";
import { toQuestionnaireResponse } from "./questionnaire-response-resource";
import { toReviewTask } from "./task-resource";

/** Every version we have ever asked, oldest first; only the newest is active. */
function allQuestionnaires(): FhirQuestionnaire[] {
  return Array.from({ length: QUESTIONNAIRE_VERSION }, (_, i) => getQuestionnaire(i + 1)).map((q) =>
    toQuestionnaire(q, q.version === QUESTIONNAIRE_VERSION),
  );
}

export const questionnaireReader: ResourceReader<FhirQuestionnaire> = {
  async read(id) {
    return allQuestionnaires().find((q) => q.id === id) ?? null;
  },
  async search(search) {
    const matches = allQuestionnaires().filter(
      (q) => (!search.values._id || search.values._id.includes(q.id!)) && (!search.values.url || search.values.url.includes(q.url!)),
    );
    return { total: matches.length, resources: matches.slice(search.offset, search.offset + search.count) };
  },
};

const responseSelect = {
  id: true,
  kind: true,
  questionnaireVersion: true,
  answers: true,
  submittedAt: true,
  submittedById: true,
  bookingId: true,
  booking: { select: { patientId: true } },
} as const;

type ResponseRow = Prisma.ScreeningResponseGetPayload<{ select: typeof responseSelect }>;

function toResponse(row: ResponseRow): QuestionnaireResponse {
  const answers = parseStoredAnswers(row.answers);
  return toQuestionnaireResponse(
    {
      id: row.id,
      kind: row.kind,
      submittedAt: row.submittedAt,
      submittedById: row.submittedById,
      bookingId: row.bookingId,
      patientId: row.booking.patientId,
      answers: typeof answers === "object" && answers !== null ? (answers as Record<string, unknown>) : {},
    },
    getQuestionnaire(row.questionnaireVersion),
  );
}

export const questionnaireResponseReader: ResourceReader<QuestionnaireResponse> = {
  async read(id) {
    // A re-assessment after a move copies the patient's answers: not a new answer set of theirs.
    const row = await db.screeningResponse.findFirst({ where: { id, reassessedFromId: null }, select: responseSelect });
    return row ? toResponse(row) : null;
  },
  async search(search) {
    const where: Prisma.ScreeningResponseWhereInput = {
      id: inList(search.values._id),
      reassessedFromId: null,
      ...(search.values.subject ? { booking: { patientId: { in: search.values.subject } } } : {}),
    };
    const [total, rows] = await Promise.all([
      db.screeningResponse.count({ where }),
      db.screeningResponse.findMany({ where, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], skip: search.offset, take: search.count, select: responseSelect }),
    ]);
    return { total, resources: rows.map(toResponse) };
  },
};

const taskSelect = {
  id: true,
  patientId: true,
  status: true,
  updatedAt: true,
  // Every flagged answer set, latest first: a re-assessment after a move keeps
  // a nurse's set-asides on the row it re-read, so the Task needs both.
  screenings: {
    where: { outcome: "FLAGGED" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { id: true, submittedAt: true, reasons: true, reassessedFromId: true, dismissals: { select: { code: true } } },
  },
  reviews: { orderBy: { createdAt: "desc" }, take: 1, select: { decision: true, createdAt: true } },
} as const satisfies Prisma.BookingSelect;

type TaskRow = Prisma.BookingGetPayload<{ select: typeof taskSelect }>;

// A review task exists for a booking that is flagged now or ever was: decided
// by staff, or closed without a review (cancelled, or cleared by a move).
const HAS_REVIEW_TASK: Prisma.BookingWhereInput = {
  OR: [{ status: "FLAGGED" }, { reviews: { some: {} } }, { screenings: { some: { outcome: "FLAGGED" } } }],
};

function taskStatusFilter(codes: string[] | undefined): Prisma.BookingWhereInput {
  if (!codes) return {};
  const known = ["draft", "requested", "received", "accepted", "rejected", "ready", "cancelled", "in-progress", "on-hold", "failed", "completed", "entered-in-error"];
  const unknown = codes.find((c) => !known.includes(c));
  if (unknown) throw new FhirError("invalid", `"${unknown}" is not a Task status.`, "status");
  const or: Prisma.BookingWhereInput[] = [];
  if (codes.includes("requested")) or.push({ status: "FLAGGED" });
  if (codes.includes("completed")) or.push({ status: { not: "FLAGGED" }, reviews: { some: {} } });
  if (codes.includes("cancelled")) or.push({ status: { not: "FLAGGED" }, reviews: { none: {} } });
  return { OR: or.length ? or : [{ id: "" }] };
}

function toTask(row: TaskRow, clinicName: string): Task {
  const flagging = row.screenings[0];
  const setAside = flagging ? dismissalsOf(flagging, row.screenings).map((d) => d.code) : [];
  return toReviewTask({
    bookingId: row.id,
    patientId: row.patientId,
    status: row.status,
    updatedAt: row.updatedAt,
    flaggedAt: flagging?.submittedAt ?? row.updatedAt,
    flaggingResponseId: flagging?.id ?? null,
    reasons: standingReasons(parseStoredReasons(flagging?.reasons), setAside).map((r) => ({ code: r.code, label: reasonChipLabel(r.code) })),
    latestReview: row.reviews[0] ?? null,
    ownerDisplay: `${clinicName} clinical team`,
  });
}

export const taskReader: ResourceReader<Task> = {
  async read(id, ctx) {
    const row = await db.booking.findFirst({ where: { id, ...HAS_REVIEW_TASK }, select: taskSelect });
    return row ? toTask(row, ctx.clinicName) : null;
  },
  async search(search, ctx) {
    const where: Prisma.BookingWhereInput = {
      AND: [HAS_REVIEW_TASK, taskStatusFilter(search.values.status)],
      id: inList(search.values._id ?? search.values.focus),
      patientId: inList(search.values.patient),
    };
    if (search.values._id && search.values.focus) where.AND = [...(where.AND as Prisma.BookingWhereInput[]), { id: { in: search.values.focus } }];
    const [total, rows] = await Promise.all([
      db.booking.count({ where }),
      db.booking.findMany({ where, orderBy: [{ startsAt: "asc" }, { id: "asc" }], skip: search.offset, take: search.count, select: taskSelect }),
    ]);
    return { total, resources: rows.map((r) => toTask(r, ctx.clinicName)) };
  },
};
