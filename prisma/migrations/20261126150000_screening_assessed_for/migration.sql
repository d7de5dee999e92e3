-- AlterTable
ALTER TABLE "ScreeningResponse" ADD COLUMN "assessedForStart" DATETIME;
ALTER TABLE "ScreeningResponse" ADD COLUMN "reassessedFromId" TEXT;

-- CreateTable
CREATE TABLE "ScreeningReasonDismissal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScreeningReasonDismissal_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ScreeningResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScreeningReasonDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningReasonDismissal_responseId_code_key" ON "ScreeningReasonDismissal"("responseId", "code");


-- Backfill: each existing answer set was assessed against the booking's start
-- at the time it was submitted — the latest move recorded at or before then,
-- else the booking's current start.
UPDATE "ScreeningResponse"
SET "assessedForStart" = COALESCE(
  (
    SELECT "toStart" FROM "BookingChange"
    WHERE "BookingChange"."bookingId" = "ScreeningResponse"."bookingId"
      AND "BookingChange"."toStart" IS NOT NULL
      AND "BookingChange"."createdAt" <= "ScreeningResponse"."submittedAt"
    ORDER BY "BookingChange"."createdAt" DESC
    LIMIT 1
  ),
  (SELECT "startsAt" FROM "Booking" WHERE "Booking"."id" = "ScreeningResponse"."bookingId")
);
