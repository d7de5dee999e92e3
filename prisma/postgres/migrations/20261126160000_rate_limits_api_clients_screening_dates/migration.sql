-- AlterTable
ALTER TABLE "ScreeningResponse" ADD COLUMN     "assessedForStart" TIMESTAMP(3),
ADD COLUMN     "reassessedFromId" TEXT;

-- CreateTable
CREATE TABLE "ScreeningReasonDismissal" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScreeningReasonDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiClient" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "practitionerId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "showPatientNames" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningReasonDismissal_responseId_code_key" ON "ScreeningReasonDismissal"("responseId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_tokenHash_key" ON "ApiClient"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiClient_revokedAt_createdAt_idx" ON "ApiClient"("revokedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_practitionerId_revokedAt_idx" ON "CalendarFeed"("practitionerId", "revokedAt");

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");

-- AddForeignKey
ALTER TABLE "ScreeningReasonDismissal" ADD CONSTRAINT "ScreeningReasonDismissal_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ScreeningResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningReasonDismissal" ADD CONSTRAINT "ScreeningReasonDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Answers given before this migration were assessed for the start in force
-- when they were submitted: the last move before then, else the booking's start
-- (the same backfill as the SQLite migration 20261126150000).
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
