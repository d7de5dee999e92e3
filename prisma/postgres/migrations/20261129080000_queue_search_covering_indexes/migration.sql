-- DropIndex
DROP INDEX "Booking_status_startsAt_id_idx";

-- DropIndex
DROP INDEX "Booking_status_startsAt_idx";

-- CreateIndex
CREATE INDEX "Booking_status_startsAt_id_procedureId_patientId_idx" ON "Booking"("status", "startsAt", "id", "procedureId", "patientId");

-- CreateIndex
CREATE INDEX "PatientProfile_userId_legalName_idx" ON "PatientProfile"("userId", "legalName");
