-- Booking rules per procedure (docs/decisions/014): how many upcoming bookings
-- one patient may hold, and which procedures must come first.

-- AlterTable: a plain added column (existing procedures get the default of one).
ALTER TABLE "Procedure" ADD COLUMN "maxUpcomingPerPatient" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ProcedurePrerequisite" (
    "procedureId" TEXT NOT NULL,
    "requiredId" TEXT NOT NULL,

    PRIMARY KEY ("procedureId", "requiredId"),
    CONSTRAINT "ProcedurePrerequisite_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProcedurePrerequisite_requiredId_fkey" FOREIGN KEY ("requiredId") REFERENCES "Procedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProcedurePrerequisite_requiredId_idx" ON "ProcedurePrerequisite"("requiredId");
