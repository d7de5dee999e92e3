import "server-only";
// Idempotency-Key for the REST API: an HTTP answer remembered per (user, key).
// It lives at the edge because what it stores is an HTTP status and body.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { insertRows } from "@/lib/db/raw-insert";
import { sqlTime } from "@/lib/db/sql-time";
import type { SqlTarget } from "@/lib/db/sql-transaction";
import { isRawUniqueViolation } from "@/lib/booking/unique-violation";

/** An HTTP answer worth remembering: status and JSON body. */
export type StoredAnswer = { status: number; body: unknown; replayed?: boolean };
export type RememberAnswer = (tx: SqlTarget, answer: StoredAnswer) => Promise<void>;

export const KEY_REUSED: StoredAnswer = {
  status: 422,
  body: {
    error: {
      code: "IDEMPOTENCY_KEY_REUSED",
      message: "This Idempotency-Key was already used for a different request. Use a new key for a new booking.",
    },
  },
};

/** The same JSON, whatever the key order or spacing, hashes the same. */
export function requestHash(body: unknown): string {
  return createHash("sha256").update(stableJson(body)).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Runs `perform` at most once per (user, key). The first answer is stored in
 * IdempotencyRecord — for a success inside the same transaction as the booking
 * (through `remember`), so a booking never exists without its record — and a
 * retry with the same key and body gets that answer back and creates nothing.
 * The same key with a different body is refused (422).
 *
 * Two retries racing each other: the second one's transaction fails on the
 * record's primary key (or on the slot claim the first one took) and it then
 * replays the first one's answer.
 */
export async function runIdempotent(
  scope: { userId: string; key: string; body: unknown },
  perform: (remember: RememberAnswer) => Promise<StoredAnswer>,
  /** The answer for an expected failure (e.g. a 409), which is remembered too; null rethrows. */
  answerForError: (error: unknown) => StoredAnswer | null,
): Promise<StoredAnswer> {
  const hash = requestHash(scope.body);
  const earlier = await lookUp(scope.userId, scope.key, hash);
  if (earlier) return earlier;

  const remember: RememberAnswer = (tx, answer) => save(tx, scope.userId, scope.key, hash, answer);
  try {
    return await perform(remember);
  } catch (error) {
    if (error instanceof KeyInUseError) return (await lookUp(scope.userId, scope.key, hash)) ?? KEY_REUSED;
    const answer = answerForError(error);
    if (!answer) throw error;
    try {
      await save(db, scope.userId, scope.key, hash, answer);
    } catch (saveError) {
      if (!(saveError instanceof KeyInUseError)) throw saveError;
      // A racing twin finished first: its answer is the one to give.
      return (await lookUp(scope.userId, scope.key, hash)) ?? answer;
    }
    return answer;
  }
}

async function lookUp(userId: string, key: string, hash: string): Promise<StoredAnswer | null> {
  const record = await db.idempotencyRecord.findUnique({
    where: { userId_key: { userId, key } },
    select: { requestHash: true, status: true, body: true },
  });
  if (!record) return null;
  if (record.requestHash !== hash) return KEY_REUSED;
  return { status: record.status, body: JSON.parse(record.body), replayed: true };
}

/** This user's key already has a record (a twin request got there first). */
class KeyInUseError extends Error {
  constructor() {
    super("idempotency key already recorded");
    this.name = "KeyInUseError";
  }
}

/** Plain SQL, so it can join the booking's transaction on the driver; the row Prisma's create wrote. */
async function save(client: SqlTarget, userId: string, key: string, hash: string, answer: StoredAnswer): Promise<void> {
  await insertRows(
    client,
    "IdempotencyRecord",
    ["userId", "key", "requestHash", "status", "body", "createdAt"],
    [[userId, key, hash, answer.status, JSON.stringify(answer.body), sqlTime(new Date())]],
    { errorAs: (error) => (isRawUniqueViolation(error, ["userId", "key"]) ? new KeyInUseError() : undefined) },
  );
}
