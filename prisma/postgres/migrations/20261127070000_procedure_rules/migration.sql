-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "maxUpcomingPerPatient" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ProcedurePrerequisite" (
    "procedureId" TEXT NOT NULL,
    "requiredId" TEXT NOT NULL,

    CONSTRAINT "ProcedurePrerequisite_pkey" PRIMARY KEY ("procedureId","requiredId")
);

-- CreateIndex
CREATE INDEX "ProcedurePrerequisite_requiredId_idx" ON "ProcedurePrerequisite"("requiredId");

-- AddForeignKey
ALTER TABLE "ProcedurePrerequisite" ADD CONSTRAINT "ProcedurePrerequisite_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedurePrerequisite" ADD CONSTRAINT "ProcedurePrerequisite_requiredId_fkey" FOREIGN KEY ("requiredId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
