-- CreateIndex
CREATE INDEX "Booking_status_startsAt_id_idx" ON "Booking"("status", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Booking_status_patientId_startsAt_id_idx" ON "Booking"("status", "patientId", "startsAt", "id");

