-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "leaseUntil" TIMESTAMP(3);
