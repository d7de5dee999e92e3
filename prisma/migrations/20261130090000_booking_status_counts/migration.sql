-- The staff queue's total comes from these counts (docs/decisions/012):
-- counting a status's bookings read thousands of index entries per page.
-- Triggers keep them in the same transaction as every booking insert,
-- status change and delete, whoever writes; nothing else writes them.
-- CreateTable
CREATE TABLE "BookingStatusCount" (
    "status" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL
);

CREATE TRIGGER "Booking_counts_status_on_insert" AFTER INSERT ON "Booking"
BEGIN
    INSERT INTO "BookingStatusCount" ("status", "count") VALUES (NEW."status", 1)
        ON CONFLICT ("status") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Booking_counts_status_on_update" AFTER UPDATE OF "status" ON "Booking" WHEN OLD."status" IS NOT NEW."status"
BEGIN
    UPDATE "BookingStatusCount" SET "count" = "count" - 1 WHERE "status" = OLD."status";
    INSERT INTO "BookingStatusCount" ("status", "count") VALUES (NEW."status", 1)
        ON CONFLICT ("status") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Booking_counts_status_on_delete" AFTER DELETE ON "Booking"
BEGIN
    UPDATE "BookingStatusCount" SET "count" = "count" - 1 WHERE "status" = OLD."status";
END;

-- After the triggers: a booking written meanwhile is counted by them, and
-- this count, which then sees it too, replaces theirs.
INSERT INTO "BookingStatusCount" ("status", "count")
    SELECT "status", COUNT(*) FROM "Booking" WHERE true GROUP BY "status"
    ON CONFLICT ("status") DO UPDATE SET "count" = excluded."count";
