/**
 * True when Prisma refused a write for breaking a unique index or primary key
 * of `model` (optionally on exactly these fields).
 *
 * With the better-sqlite3 driver adapter the error is a
 * PrismaClientKnownRequestError with code P2002, but `meta.target` is not set:
 * the model is in `meta.modelName` and the columns in
 * `meta.driverAdapterError.cause.constraint.fields` (checked on Prisma 6.19).
 * `meta.target` is still read, for other adapters. The PostgreSQL adapter
 * quotes camelCase column names (`"\"practitionerId\""`): quotes are stripped.
 * The class is matched by name: the PostgreSQL client is generated into its
 * own folder with its own copy of Prisma's error classes.
 */
export function isUniqueViolation(error: unknown, model: string, fields?: readonly string[]): boolean {
  if (!isKnownRequestError(error) || error.code !== "P2002") return false;
  const meta = (error.meta ?? {}) as {
    modelName?: string;
    target?: string | string[];
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  if (meta.modelName !== undefined && meta.modelName !== model) return false;
  if (!fields) return meta.modelName === model || targetMentions(meta.target, model);
  const reported = meta.driverAdapterError?.cause?.constraint?.fields ?? (Array.isArray(meta.target) ? meta.target : undefined);
  const actual = reported?.map((f) => f.replace(/^"(.*)"$/, "$1"));
  if (actual) return fields.length === actual.length && fields.every((f) => actual.includes(f));
  return targetMentions(meta.target, model);
}

type AdapterCause = { kind?: string; constraint?: { fields?: string[] } };

/**
 * True when a plain SQL statement (lib/db/sql-transaction.ts) broke a unique
 * index or primary key (optionally on exactly these columns). Run through
 * Prisma it is P2010 wrapping the adapter's error; run on the driver it is the
 * adapter's error itself. Either names the columns but not the table: the
 * caller knows which table its statement wrote.
 */
export function isRawUniqueViolation(error: unknown, fields?: readonly string[]): boolean {
  const cause = adapterCause(error);
  if (cause?.kind !== "UniqueConstraintViolation") return false;
  if (!fields) return true;
  const actual = cause.constraint?.fields?.map((f) => f.replace(/^"(.*)"$/, "$1"));
  return actual !== undefined && fields.length === actual.length && fields.every((f) => actual.includes(f));
}

function adapterCause(error: unknown): AdapterCause | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === "DriverAdapterError") return typeof error.cause === "object" ? (error.cause as AdapterCause) : undefined;
  if (!isKnownRequestError(error) || error.code !== "P2010") return undefined;
  return (error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined)?.driverAdapterError?.cause;
}

function targetMentions(target: string | string[] | undefined, model: string): boolean {
  return typeof target === "string" && target.startsWith(`${model}_`);
}

function isKnownRequestError(error: unknown): error is { code: string; meta?: unknown } {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && typeof (error as { code?: unknown }).code === "string";
}
