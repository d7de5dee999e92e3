-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "bookedById" TEXT;
