import "server-only";
import { db } from "@/lib/db/client";

const catalogueSelect = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  durationMinutes: true,
  requiresScreening: true,
} as const;

export async function listProcedures() {
  return db.procedure.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: catalogueSelect,
  });
}

export async function findProcedureBySlug(slug: string) {
  return db.procedure.findFirst({
    where: { slug, active: true },
    select: {
      ...catalogueSelect,
      description: true,
      bufferMinutes: true,
      evidence: true,
      practitioners: { select: { practitioner: { select: { id: true, name: true, title: true, active: true } } } },
      // What comes first (docs/decisions/014), to say so and link to it.
      prerequisites: { select: { required: { select: { id: true, slug: true, name: true } } } },
    },
  });
}

export type ProcedureDetail = NonNullable<Awaited<ReturnType<typeof findProcedureBySlug>>>;
