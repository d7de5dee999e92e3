import { Prisma } from "@prisma/client";

/**
 * True when Prisma refused a write for breaking a unique index or primary key
 * of `model` (optionally on exactly these fields).
 *
 * With the better-sqlite3 driver adapter the error is a
 * PrismaClientKnownRequestError with code P2002, but `meta.target` is not set:
 * the model is in `meta.modelName` and the columns in
 * `meta.driverAdapterError.cause.constraint.fields` (checked on Prisma 6.19).
 * `meta.target` is still read, for other adapters.
 */
export function isUniqueViolation(error: unknown, model: string, fields?: readonly string[]): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = (error.meta ?? {}) as {
    modelName?: string;
    target?: string | string[];
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  if (meta.modelName !== undefined && meta.modelName !== model) return false;
  if (!fields) return meta.modelName === model || targetMentions(meta.target, model);
  const actual = meta.driverAdapterError?.cause?.constraint?.fields ?? (Array.isArray(meta.target) ? meta.target : undefined);
  if (actual) return fields.length === actual.length && fields.every((f) => actual.includes(f));
  return targetMentions(meta.target, model);
}

function targetMentions(target: string | string[] | undefined, model: string): boolean {
  return typeof target === "string" && target.startsWith(`${model}_`);
}
